import { useState } from 'react';
import { NEW_CONFIG } from '../../app/newConfig.ts';
import { ExamplesDialog } from '../examples/ExamplesDialog.tsx';
import { useStudioStore } from '../state/StudioContext.tsx';

/** New (a bare config) and the examples gallery; both replace the text as one undoable edit. */
export function ExamplesButton() {
  const store = useStudioStore();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="new-config" onClick={() => store.getState().load(NEW_CONFIG, { label: 'New config' })} title="Start a new config (Undo brings the current one back)">
        New
      </button>
      <button type="button" data-testid="examples" onClick={() => setOpen(true)} title="Example configs that show volumes at work">
        Examples
      </button>
      {open && <ExamplesDialog onClose={() => setOpen(false)} />}
    </>
  );
}
