import { lazy, Suspense, useState } from 'react';
import { NEW_CONFIG } from '../../app/index.ts';
import { LoadingDialog } from '../dialogs/LoadingDialog.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';
import type { GalleryChoice } from '../examples/ExamplesDialog.tsx';
import { NewConfigDialog } from './NewConfigDialog.tsx';

// The gallery (its texts and every example but the one opened at start) loads on first use.
const loadGallery = () => import('../examples/ExamplesDialog.tsx');
const ExamplesDialog = lazy(() => loadGallery().then((m) => ({ default: m.ExamplesDialog })));
// started when the pointer or focus reaches the button, so the click usually finds it loaded
const preload = () => void loadGallery().catch(() => undefined);

/** What replaces the text: a new config, or an example of the gallery. */
interface Replacement {
  text: string;
  /** how the question names it: "a new config", "the example “Data pipeline”" */
  name: string;
  /** the undo label */
  label: string;
}

const NEW: Replacement = { text: NEW_CONFIG, name: 'a new config', label: 'New config' };

/**
 * New (a bare config) and the examples gallery; both replace the text as one undoable edit, and ask
 * first when the text holds changes that were never opened or exported.
 */
export function ExamplesButton() {
  const studio = useStudioObject();
  const { store } = studio;
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState<Replacement | null>(null);
  const close = () => setOpen(false);
  const replace = (by: Replacement) => {
    setAsking(null);
    store.getState().load(by.text, { label: by.label });
  };
  const request = (by: Replacement) => {
    // typing still in the editor's debounce counts as a change
    if (!studio.unsaved()) replace(by);
    else setAsking(by);
  };
  const openExample = ({ text, title }: GalleryChoice) => request({ text, name: `the example “${title}”`, label: `Open example: ${title}` });
  return (
    <>
      <button type="button" data-testid="new-config" onClick={() => request(NEW)} title="Start a new config (Undo brings the current one back)">
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
            onOpen={(choice) => {
              close();
              openExample(choice);
            }}
            onNew={() => {
              close();
              request(NEW);
            }}
          />
        </Suspense>
      )}
      {asking && <NewConfigDialog replacement={asking.name} onReplace={() => replace(asking)} onCancel={() => setAsking(null)} />}
    </>
  );
}
