import { removalCommands } from '../../app/index.ts';
import { useStudioObject } from '../state/StudioContext.tsx';

/** Several elements selected: how many, and one button that deletes them all (one undo step). */
export function MultiSelection({ selection, readOnly }: { selection: readonly string[]; readOnly: boolean }) {
  const studio = useStudioObject();
  const commands = removalCommands(selection);
  return (
    <div className="element-editor" data-testid="multi-inspector">
      <p data-testid="selection-count">{selection.length} elements selected</p>
      <button
        type="button"
        className="danger"
        data-testid="inspector-delete-all"
        disabled={readOnly || commands.length === 0}
        onClick={() => studio.dispatch(commands, { label: `Delete ${selection.length} elements` })}
      >
        Delete all {selection.length}
      </button>
    </div>
  );
}
