import { useEffect, useRef } from 'react';

/**
 * Stands in for a dialog whose code loads on first use (a moment): it opens at once, modal like
 * the real one, says that it is loading, and can be closed.
 */
export function LoadingDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-label={title} aria-busy="true" data-testid="loading-dialog" onCancel={onClose}>
      <h2>{title}</h2>
      <p role="status">Loading…</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
