import { lazy, Suspense } from 'react';
import { downloadBlob, downloadText, loadExportFiles, type Studio, type StudioFile } from '../../app/index.ts';
import { LoadingDialog } from '../dialogs/LoadingDialog.tsx';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { useGuardedExport } from './useGuardedExport.ts';

// Only needed when a config with errors is exported: loads then.
const ExportDialog = lazy(() => import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })));

type ExportModule = Awaited<ReturnType<typeof loadExportFiles>>;

/**
 * Hands the files to `deliver`: exactly the editor's texts (taken at the click), plus the layout
 * comment block when "Keep layout" is on; that code, and the zip writer, load only when needed.
 */
function withExportedFiles(studio: Studio, needsModule: boolean, deliver: (files: StudioFile[], module: ExportModule | null) => void): void {
  const { flags, showNotice } = studio.store.getState();
  if (!flags.keepLayout && !needsModule) return deliver(studio.files(), null);
  loadExportFiles().then(
    (module) => deliver(module.exportedFiles(studio), module),
    () => showNotice('error', 'Could not prepare the export; reload the page and try again.'),
  );
}

/**
 * Downloads linuxkit.yml (or copies it); a build of several files downloads each of its files
 * (or, from the menu, one zip). When the config has errors a dialog lists them first.
 */
export function ExportButton() {
  const studio = useStudioObject();
  const { store } = studio;
  const several = useStudio((s) => s.files.length > 1);
  const { pending, guard, confirm, cancel } = useGuardedExport();
  const download = (asZip: boolean) =>
    guard({
      actionLabel: 'Export anyway',
      run: () => {
        const saved = studio.files();
        withExportedFiles(studio, asZip, (files, module) => {
          if (asZip && module) downloadBlob(module.zipName(files), module.zipOf(files));
          else for (const f of files) downloadText(f.name, f.text);
          store.getState().markSaved(saved);
        });
      },
    });
  const copy = () =>
    guard({
      actionLabel: 'Copy anyway',
      run: () =>
        withExportedFiles(studio, false, (files) => {
          const { showNotice, active } = store.getState();
          // the file the editor shows
          const text = (files.find((f) => f.name === active) ?? files[0]).text;
          navigator.clipboard.writeText(text).then(
            () => showNotice('info', several ? `The YAML of ${active} is on the clipboard.` : 'The YAML is on the clipboard.'),
            () => showNotice('error', 'The browser did not allow copying to the clipboard; use Export instead.'),
          );
        }),
    });
  const names = several ? studio.store.getState().files.map((f) => f.name).join(', ') : 'linuxkit.yml';
  return (
    <>
      <button type="button" data-testid="export-yaml" onClick={() => download(false)} title={`Download ${names}`}>
        Export
      </button>
      <ExportMenu onCopy={copy} onZip={several ? () => download(true) : null} />
      {pending && (
        <Suspense fallback={<LoadingDialog title="Export" onClose={cancel} />}>
          <ExportDialog actionLabel={pending.actionLabel} onExport={confirm} onCancel={cancel} />
        </Suspense>
      )}
    </>
  );
}
