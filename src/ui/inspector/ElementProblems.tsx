import type { Diagnostic } from '../../core/diagnostics/types.ts';

/** Problems of the element that belong to no single field (a missing key, a whole-entry error). */
export function ElementProblems({ problems }: { problems: readonly Diagnostic[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="element-problems" aria-label="Problems of this element">
      {problems.map((d, i) => (
        <li
          key={`${d.code}:${d.span.start}:${i}`}
          className={`field-message sev-text-${d.severity}`}
          role={d.severity === 'error' ? 'alert' : undefined}
          data-code={d.code}
          data-severity={d.severity}
        >
          {d.message}
        </li>
      ))}
    </ul>
  );
}
