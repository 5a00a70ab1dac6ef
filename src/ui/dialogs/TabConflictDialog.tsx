import { useEffect, useMemo, useRef } from 'react';
import { theirsRefusal } from '../../app/index.ts';
import { useStudio, useStudioStore } from '../state/StudioContext.tsx';

/** Another tab saved different work: this tab stops saving until the user picks one. */
export function TabConflictDialog() {
  const store = useStudioStore();
  const state = useStudio((s) => s.saveState);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = state.kind === 'conflict';
  const theirs = open ? state.theirs : null;
  const refused = useMemo(() => (theirs ? theirsRefusal(theirs) : null), [theirs]);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  if (!open) return null;
  const files = state.theirs.files?.length ?? 1;
  const lines = (state.theirs.files ?? [state.theirs]).reduce((n, f) => n + f.text.split('\n').length, 0);
  return (
    <dialog ref={dialog} className="dialog" data-testid="tab-conflict" aria-labelledby="tab-conflict-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="tab-conflict-title">Another tab changed this work</h2>
      <p>
        LinuxKit Studio is open in another tab of this browser, and it saved a different config ({files > 1 ? `${files} files, ` : ''}{lines} lines). This tab has stopped
        saving so that neither overwrites the other. Which one do you want to keep working on?
      </p>
      {refused && (
        <p className="dialog-refusal" role="alert" data-testid="tab-theirs-refused">
          {refused}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" data-testid="tab-keep-mine" onClick={() => store.getState().keepMine()}>
          Keep mine (the other tab will be asked)
        </button>
        <button type="button" data-testid="tab-load-theirs" disabled={refused !== null} onClick={() => store.getState().loadTheirs()}>
          Load theirs (Undo brings mine back)
        </button>
      </div>
    </dialog>
  );
}
