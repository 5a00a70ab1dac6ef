import { useEffect, useRef } from 'react';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { revealDiagnostic, type FileView } from '../../app/index.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';

/** Lists the errors that `linuxkit build` would reject (each one leads to its place); the user may still export. */
export function ExportDialog({ actionLabel, onExport, onCancel }: { actionLabel: string; onExport: () => void; onCancel: () => void }) {
  const studio = useStudioObject();
  const files = useStudio((s) => s.files);
  // the build's checks, of this very text (not the last background result)
  const views = studio.views.build(files).files.map((f, i) => ({ name: f.name, text: files[i].text, diagnostics: f.diagnostics, lineIndex: f.lineIndex }));
  const all = views.flatMap((file) => file.diagnostics.map((d) => ({ d, file })));
  const errors = all.filter(({ d }) => d.severity === 'error');
  const warnings = all.filter(({ d }) => d.severity === 'warning');
  const several = files.length > 1;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const show = (file: Pick<FileView, 'name'>, d: Diagnostic) => {
    onCancel();
    revealDiagnostic(studio, file.name, d);
  };
  const item = ({ d, file }: { d: Diagnostic; file: Pick<FileView, 'name' | 'lineIndex'> }, i: number) => (
    <li key={`${d.severity}${i}`}>
      <button type="button" className="dialog-problem" data-testid="export-problem" data-severity={d.severity} onClick={() => show(file, d)} title="Show it in the editor and the graph">
        <span className={`sev sev-${d.severity}`}>{d.severity}</span> {several ? `${file.name}, ` : ''}line {file.lineIndex.position(d.span.start).line}: {d.message}
      </button>
    </li>
  );
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="export-title" data-testid="export-dialog" onCancel={onCancel}>
      <h2 id="export-title">This config has {errors.length} error{errors.length === 1 ? '' : 's'}</h2>
      <p>`linuxkit build` would reject it. Click a problem to go to it, or export it anyway.</p>
      <ul className="dialog-list">
        {errors.map(item)}
        {warnings.map(item)}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" data-testid="export-anyway" onClick={onExport}>
          {actionLabel}
        </button>
      </div>
    </dialog>
  );
}
