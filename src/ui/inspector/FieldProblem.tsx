import type { Diagnostic } from '../../core/diagnostics/types.ts';

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
        <p
          key={`${d.code}:${d.span.start}:${i}`}
          className={`field-message sev-text-${d.severity}`}
          role={d.severity === 'error' ? 'alert' : undefined}
          data-code={d.code}
          data-severity={d.severity}
        >
          {d.message}
        </p>
      ))}
    </div>
  );
}
