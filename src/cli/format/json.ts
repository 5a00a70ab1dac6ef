import type { FileReport } from '../checkFile.ts';

/** The `--json` output: one array, an entry per file (contract in DESIGN.md; `error` documented in --help). */
export function formatJson(reports: readonly FileReport[]): string {
  const entries = reports.map((r) => ({
    file: r.file,
    valid: r.valid,
    diagnostics: r.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
    })),
    ...(r.error ? { error: r.error } : {}),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
