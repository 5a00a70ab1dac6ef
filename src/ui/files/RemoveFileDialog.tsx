import { useEffect, useRef } from 'react';
import { downloadText } from '../../app/index.ts';
import { useStudioObject } from '../state/StudioContext.tsx';

/** Asks before a file leaves the build: its text goes with it (it can be downloaded first). */
export function RemoveFileDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const studio = useStudioObject();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const remove = () => {
    studio.text(); // typing still held back reaches the store first
    studio.store.getState().removeFile(name);
    studio.store.getState().showNotice('info', `Removed ${name} from the build.`);
    onClose();
  };
  return (
    <dialog ref={dialog} className="dialog remove-file-dialog" aria-labelledby="remove-file-title" data-testid="remove-file-dialog" onCancel={onClose}>
      <h2 id="remove-file-title">Remove {name} from the build?</h2>
      <p>The studio will no longer hold its text. Download it first if you have not saved it elsewhere.</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => downloadText(name, studio.text(name))}>
          Download {name}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" data-testid="remove-file-confirm" onClick={remove}>
          Remove
        </button>
      </div>
    </dialog>
  );
}
