import { downloadText } from '../../app/download.ts';
import { appendLayoutComment } from '../../app/layoutComment.ts';
import type { StudioStore } from '../../app/store.ts';
import { useStudioStore } from '../state/StudioContext.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { useExportOptions } from './exportOptions.ts';
import { useGuardedExport } from './useGuardedExport.ts';

/** The file's text: exactly the editor's, plus the layout comment block when "Keep layout" is on. */
function exportedText(store: StudioStore): string {
  const { text, positions } = store.getState();
  return useExportOptions.getState().keepLayout ? appendLayoutComment(text, positions) : text;
}

/** Downloads linuxkit.yml (or copies it); when the config has errors a dialog lists them first. */
export function ExportButton() {
  const store = useStudioStore();
  const { pending, guard, confirm, cancel } = useGuardedExport();
  const download = () => guard({ actionLabel: 'Export anyway', run: () => downloadText('linuxkit.yml', exportedText(store)) });
  const copy = () =>
    guard({
      actionLabel: 'Copy anyway',
      run: () => {
        const { showNotice } = store.getState();
        navigator.clipboard.writeText(exportedText(store)).then(
          () => showNotice('info', 'The YAML is on the clipboard.'),
          () => showNotice('error', 'The browser did not allow copying to the clipboard; use Export instead.'),
        );
      },
    });
  return (
    <>
      <button type="button" data-testid="export-yaml" onClick={download} title="Download linuxkit.yml">
        Export
      </button>
      <ExportMenu onCopy={copy} />
      {pending && <ExportDialog actionLabel={pending.actionLabel} onExport={confirm} onCancel={cancel} />}
    </>
  );
}
