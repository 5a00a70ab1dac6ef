import { useEffect, useRef } from 'react';

/** New would replace changes that were never exported: replace them (Undo still brings them back) or keep them. */
export function NewConfigDialog({ onReplace, onCancel }: { onReplace: () => void; onCancel: () => void }) {
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
      <h2 id="new-config-title">Replace your changes with a new config?</h2>
      <p id="new-config-text">
        The editor holds changes you have not exported. A new config replaces them as one step: Undo brings them back.
      </p>
      <div className="dialog-actions">
        {/* the safe answer has the focus, so Enter never drops work by accident */}
        <button type="button" data-testid="new-config-cancel" onClick={onCancel} autoFocus>
          Keep my changes
        </button>
        <button type="button" data-testid="new-config-replace" onClick={onReplace}>
          Replace with a new config
        </button>
      </div>
    </dialog>
  );
}
