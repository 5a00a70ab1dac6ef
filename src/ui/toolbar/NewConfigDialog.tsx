import { useEffect, useRef } from 'react';

/**
 * New or an example would replace changes that were never exported: replace them (Undo still brings
 * them back) or keep them. `replacement` names what comes instead: "a new config", "the example …".
 */
export function NewConfigDialog({ replacement, onReplace, onCancel }: { replacement: string; onReplace: () => void; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      data-testid="new-config-dialog"
      aria-labelledby="new-config-title"
      aria-describedby="new-config-text"
      onCancel={(e) => {
        e.preventDefault(); // Escape: React unmounts the dialog
        onCancel();
      }}
    >
      <h2 id="new-config-title">Replace your changes with {replacement}?</h2>
      <p id="new-config-text">
        The editor holds changes you have not exported. Opening {replacement} replaces them as one step: Undo brings
        them back.
      </p>
      <div className="dialog-actions">
        {/* the safe answer has the focus, so Enter never drops work by accident */}
        <button type="button" data-testid="new-config-cancel" onClick={onCancel} autoFocus>
          Keep my changes
        </button>
        <button type="button" data-testid="new-config-replace" onClick={onReplace}>
          Replace with {replacement}
        </button>
      </div>
    </dialog>
  );
}
