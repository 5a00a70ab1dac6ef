import type { Analysis } from '../../core/analyze.ts';
import type { FileModel } from '../../core/model/types.ts';
import { explainFile } from '../../app/explain/explainFile.ts';
import { InlineCode } from '../explain/InlineCode.tsx';
import { ElementProblems } from './ElementProblems.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';

/** A `files:` entry: what the build writes and who reads it, read-only (its fields are edited in the YAML). */
export function FileSummary({ file, analysis }: { file: FileModel; analysis: Analysis }) {
  const { elementDiagnostics } = useStudioObject().views;
  const { title, parts } = explainFile(analysis.parsed.model, file);
  return (
    <div className="element-editor" data-testid="file-inspector">
      <h2>
        <InlineCode text={title} />
      </h2>
      <ElementProblems problems={elementDiagnostics(analysis, file.id)} />
      {parts.map((p) => (
        <section key={p.heading}>
          <h3 className="field-label">{p.heading}</h3>
          <p className="field-hint">
            <InlineCode text={p.text} />
          </p>
        </section>
      ))}
      <p className="field-hint">Edit the entry in the YAML editor; selecting it here shows its lines there.</p>
    </div>
  );
}
