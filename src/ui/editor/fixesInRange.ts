import type { Diagnostic, QuickFix } from '../../core/diagnostics/types.ts';

export interface FixAt {
  diagnostic: Diagnostic;
  fix: QuickFix;
}

/** Quick fixes of the diagnostics touching [from, to] (a bare cursor at either end of a span counts). */
export function fixesInRange(diagnostics: readonly Diagnostic[], from: number, to: number): FixAt[] {
  return diagnostics
    .filter((d) => d.span.start <= to && d.span.end >= from)
    .flatMap((d) => (d.fixes ?? []).map((fix) => ({ diagnostic: d, fix })));
}
