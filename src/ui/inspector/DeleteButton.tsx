import type { Command } from '../../core/commands/types.ts';
import { useStudioStore } from '../state/StudioContext.tsx';
import type { RunCommand } from './runCommand.ts';

/** Removes the element and, when that worked, clears the selection. */
export function DeleteButton({ command, what, run, disabled }: { command: Command; what: string; run: RunCommand; disabled: boolean }) {
  const store = useStudioStore();
  return (
    <button
      type="button"
      className="danger"
      data-testid="inspector-delete"
      disabled={disabled}
      onClick={() => {
        if (run(command, `Delete ${what}`).ok) store.getState().setSelection([]);
      }}
    >
      Delete {what}
    </button>
  );
}
