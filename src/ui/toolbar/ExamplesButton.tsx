import { lazy, Suspense, useState } from 'react';
import { NEW_CONFIG } from '../../app/index.ts';
import { LoadingDialog } from '../dialogs/LoadingDialog.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';
import { NewConfigDialog } from './NewConfigDialog.tsx';

// The gallery (its texts and every example but the one opened at start) loads on first use.
const loadGallery = () => import('../examples/ExamplesDialog.tsx');
const ExamplesDialog = lazy(() => loadGallery().then((m) => ({ default: m.ExamplesDialog })));
// started when the pointer or focus reaches the button, so the click usually finds it loaded
const preload = () => void loadGallery().catch(() => undefined);

/**
 * New (a bare config) and the examples gallery; both replace the text as one undoable edit.
 * New asks first when the text holds changes that were never opened or exported.
 */
export function ExamplesButton() {
  const studio = useStudioObject();
  const { store } = studio;
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const close = () => setOpen(false);
  const startNew = () => {
    setAsking(false);
    store.getState().load(NEW_CONFIG, { label: 'New config' });
  };
  const requestNew = () => {
    // typing still in the editor's debounce counts as a change
    if (!studio.unsaved()) startNew();
    else setAsking(true);
  };
  return (
    <>
      <button type="button" data-testid="new-config" onClick={requestNew} title="Start a new config (Undo brings the current one back)">
        New
      </button>
      <button
        type="button"
        data-testid="examples"
        onClick={() => setOpen(true)}
        onPointerEnter={preload}
        onFocus={preload}
        title="Example configs that show volumes at work"
      >
        Examples
      </button>
      {open && (
        <Suspense fallback={<LoadingDialog title="Examples" onClose={close} />}>
          <ExamplesDialog
            onClose={close}
            onNew={() => {
              close();
              requestNew();
            }}
          />
        </Suspense>
      )}
      {asking && <NewConfigDialog onReplace={startNew} onCancel={() => setAsking(false)} />}
    </>
  );
}
