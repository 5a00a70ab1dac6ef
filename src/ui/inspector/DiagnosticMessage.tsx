import type { Diagnostic } from '../../core/diagnostics/types.ts';

/** One validator message, coloured by severity; errors are announced. */
export function DiagnosticMessage({ diagnostic: d, as: Tag = 'p' }: { diagnostic: Diagnostic; as?: 'p' | 'li' }) {
  return (
    <Tag
      className={`field-message sev-text-${d.severity}`}
      role={d.severity === 'error' ? 'alert' : undefined}
      data-code={d.code}
      data-severity={d.severity}
    >
      {d.message}
    </Tag>
  );
}

export function diagnosticKey(d: Diagnostic, i: number): string {
  return `${d.code}:${d.span.start}:${i}`;
}
