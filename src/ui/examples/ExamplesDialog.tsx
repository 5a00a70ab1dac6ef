import { useEffect, useRef } from 'react';
import { EXAMPLES } from '../../app/examples/index.ts';
import { InlineCode } from '../explain/InlineCode.tsx';
import './examples.css';

/** One choice of the gallery: the text to load and what to call it (in the question and in Undo). */
export interface GalleryChoice {
  text: string;
  title: string;
}

/**
 * The gallery: each example with what it teaches. `onOpen` opens one, `onNew` starts a new config;
 * the caller asks first when that would replace unsaved changes.
 */
export function ExamplesDialog({ onClose, onOpen, onNew }: { onClose: () => void; onOpen: (choice: GalleryChoice) => void; onNew: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog examples" data-testid="examples-dialog" aria-labelledby="examples-title" onCancel={onClose}>
      <h2 id="examples-title">Examples</h2>
      <p>Each one replaces the editor's text as one step (Undo brings yours back) and validates clean.</p>
      <ul className="examples-list">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button type="button" data-testid={`example-${e.id}`} onClick={() => onOpen({ text: e.text, title: e.title })}>
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
