import { useEffect, useRef } from 'react';
import { EXAMPLES } from '../../app/examples/index.ts';
import { InlineCode } from '../explain/InlineCode.tsx';
import { useStudioStore } from '../state/StudioContext.tsx';
import './examples.css';

/** The gallery: each example with what it teaches; opening one is one undoable edit. `onNew` starts a new config (it may ask first). */
export function ExamplesDialog({ onClose, onNew }: { onClose: () => void; onNew: () => void }) {
  const store = useStudioStore();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const open = (text: string, label: string) => {
    onClose();
    store.getState().load(text, { label });
  };
  return (
    <dialog ref={dialog} className="dialog examples" data-testid="examples-dialog" aria-labelledby="examples-title" onCancel={onClose}>
      <h2 id="examples-title">Examples</h2>
      <p>Each one replaces the editor's text as one step (Undo brings yours back) and validates clean.</p>
      <ul className="examples-list">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button type="button" data-testid={`example-${e.id}`} onClick={() => open(e.text, `Open example: ${e.title}`)}>
              <strong>{e.title}</strong>
              <span>
                <InlineCode text={e.summary} />
              </span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" data-testid="example-new" onClick={onNew}>
            <strong>New, empty config</strong>
            <span>A kernel and init, no containers yet: drag them in from the palette.</span>
          </button>
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
