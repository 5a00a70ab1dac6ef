import { useEffect, useRef } from 'react';
import { analysisOf } from '../../app/analysis.ts';
import { useStudio } from '../state/StudioContext.tsx';

/** Lists the errors that `linuxkit build` would reject; the user may still export. */
export function ExportDialog({ onExport, onCancel }: { onExport: () => void; onCancel: () => void }) {
  const text = useStudio((s) => s.text);
  const { diagnostics, lineIndex } = analysisOf(text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="export-title" onCancel={onCancel}>
      <h2 id="export-title">This config has {errors.length} error{errors.length === 1 ? '' : 's'}</h2>
      <p>`linuxkit build` would reject it. Export it anyway?</p>
      <ul className="dialog-list">
        {errors.map((d, i) => (
          <li key={i}>
            <span className="sev sev-error">error</span> line {lineIndex.position(d.span.start).line}: {d.message}
          </li>
        ))}
        {warnings.map((d, i) => (
          <li key={`w${i}`}>
            <span className="sev sev-warning">warning</span> line {lineIndex.position(d.span.start).line}: {d.message}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" data-testid="export-anyway" onClick={onExport}>
          Export anyway
        </button>
      </div>
    </dialog>
  );
}
