import { lazy, Suspense } from 'react';
import { downloadText, loadLayoutComment, type Studio } from '../../app/index.ts';
import { LoadingDialog } from '../dialogs/LoadingDialog.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { useGuardedExport } from './useGuardedExport.ts';

// Only needed when a config with errors is exported: loads then.
const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));

/**
 * Hands the file's text to `deliver`: exactly the editor's, plus the layout comment block when
 * "Keep layout" is on (that code loads then; the text is taken at the click).
 */
function withExportedText(studio: Studio, deliver: (text: string) => void): void {
  const { store } = studio;
  const text = studio.text();
  const { positions, showNotice } = store.getState();
  if (!store.getState().flags.keepLayout) return deliver(text);
  loadLayoutComment().then(
    ({ appendLayoutComment }) => deliver(appendLayoutComment(text, positions)),
    () => showNotice('error', 'Could not add the layout to the file; export without "Keep layout", or reload the page.'),
  );
}

/** Downloads linuxkit.yml (or copies it); when the config has errors a dialog lists them first. */
export function ExportButton() {
  const studio = useStudioObject();
  const { store } = studio;
  const { pending, guard, confirm, cancel } = useGuardedExport();
  const download = () =>
    guard({
      actionLabel: 'Export anyway',
      run: () => {
        const editorText = studio.text();
        withExportedText(studio, (text) => {
          downloadText('linuxkit.yml', text);
          store.getState().markSaved(editorText);
        });
      },
    });
  const copy = () =>
    guard({
      actionLabel: 'Copy anyway',
      run: () =>
        withExportedText(studio, (text) => {
          const { showNotice } = store.getState();
          navigator.clipboard.writeText(text).then(
            () => showNotice('info', 'The YAML is on the clipboard.'),
            () => showNotice('error', 'The browser did not allow copying to the clipboard; use Export instead.'),
          );
        }),
    });
  return (
    <>
      <button type="button" data-testid="export-yaml" onClick={download} title="Download linuxkit.yml">
        Export
      </button>
      <ExportMenu onCopy={copy} />
      {pending && (
        <Suspense fallback={<LoadingDialog title="Export" onClose={cancel} />}>
          <ExportDialog actionLabel={pending.actionLabel} onExport={confirm} onCancel={cancel} />
        </Suspense>
      )}
    </>
  );
}
