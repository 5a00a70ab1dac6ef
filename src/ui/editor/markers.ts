import type { Diagnostic } from '../../core/diagnostics/types.ts';
import type { LineIndex } from '../../core/text/lineIndex.ts';

/** Monaco's MarkerSeverity values (kept here so this file needs no Monaco import). */
const SEVERITY = { error: 8, warning: 4, info: 2 } as const;

export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The core's diagnostics as Monaco markers: same codes and messages as the problems list and CLI. */
export function toMarkers(diagnostics: readonly Diagnostic[], lines: LineIndex): MarkerData[] {
  return diagnostics.map((d) => {
    const r = lines.range(d.span);
    // an empty range would be invisible: underline at least one character
    const endColumn = r.endLine === r.line && r.endColumn <= r.column ? r.column + 1 : r.endColumn;
    return {
      severity: SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'linuxkit',
      startLineNumber: r.line,
      startColumn: r.column,
      endLineNumber: r.endLine,
      endColumn,
    };
  });
}
