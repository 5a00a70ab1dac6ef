import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { DiagnosticMessage, diagnosticKey } from './DiagnosticMessage.tsx';

/** The validator's messages for one field, and why the last edit of it was refused. */
export function FieldProblem({ id, problems, refusal }: { id: string; problems: readonly Diagnostic[]; refusal: string | null }) {
  if (problems.length === 0 && !refusal) return null;
  return (
    <div id={id} className="field-problems">
      {refusal && (
        <p className="field-message field-refusal" role="alert" data-testid="field-refusal">
          Not changed: {refusal}
        </p>
      )}
      {problems.map((d, i) => (
        <DiagnosticMessage key={diagnosticKey(d, i)} diagnostic={d} />
      ))}
    </div>
  );
}
