import type { Span } from '../text/span.ts';
import { severityOf, type DiagnosticCode } from './codes.ts';
import type { Diagnostic, QuickFix } from './types.ts';

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  span: Span,
  extra: { target?: string; field?: string; fixes?: QuickFix[] } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: severityOf(code), message, span };
  if (extra.target !== undefined) d.target = extra.target;
  if (extra.field !== undefined) d.field = extra.field;
  if (extra.fixes && extra.fixes.length > 0) d.fixes = extra.fixes;
  return d;
}

/** Sorts by position, then severity (errors first), then code: a stable order for lists and tests. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...list].sort(
    (a, b) =>
      a.span.start - b.span.start ||
      rank[a.severity] - rank[b.severity] ||
      a.code.localeCompare(b.code) ||
      a.span.end - b.span.end,
  );
}
