import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { DiagnosticMessage, diagnosticKey } from './DiagnosticMessage.tsx';

/** Problems of the element that belong to no single field (a missing key, a whole-entry error). */
export function ElementProblems({ problems }: { problems: readonly Diagnostic[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="element-problems" aria-label="Problems of this element">
      {problems.map((d, i) => (
        <DiagnosticMessage key={diagnosticKey(d, i)} diagnostic={d} as="li" />
      ))}
    </ul>
  );
}
