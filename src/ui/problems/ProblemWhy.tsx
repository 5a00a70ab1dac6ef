import { CODE_DOCS } from '../../core/diagnostics/codeDocs.ts';
import type { DiagnosticCode } from '../../core/diagnostics/codes.ts';

/** The plain-words reason behind a problem, folded away until asked for. */
export default function ProblemWhy({ code }: { code: DiagnosticCode }) {
  const text = CODE_DOCS[code]?.full;
  if (!text) return null;
  return (
    <details className="problem-why">
      <summary>Why?</summary>
      <p>{text}</p>
    </details>
  );
}
