import { useState } from 'react';
import { analysisOf } from '../../app/analysis.ts';
import { downloadText } from '../../app/download.ts';
import { flushEditor } from '../../app/editorBridge.ts';
import { useStudioStore } from '../state/StudioContext.tsx';
import { ExportDialog } from './ExportDialog.tsx';

/** Downloads exactly the editor's text as linuxkit.yml; asks first when it has errors. */
export function ExportButton() {
  const store = useStudioStore();
  const [asking, setAsking] = useState(false);
  const exportNow = () => {
    setAsking(false);
    downloadText('linuxkit.yml', store.getState().text);
  };
  const onClick = () => {
    // typing and Monaco undo/redo reach the store after a short debounce: take them in first
    flushEditor();
    const { diagnostics } = analysisOf(store.getState().text);
    if (diagnostics.some((d) => d.severity === 'error')) setAsking(true);
    else exportNow();
  };
  return (
    <>
      <button type="button" data-testid="export-yaml" onClick={onClick} title="Download linuxkit.yml">
        Export
      </button>
      {asking && <ExportDialog onExport={exportNow} onCancel={() => setAsking(false)} />}
    </>
  );
}
