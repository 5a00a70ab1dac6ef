import type { FileReport } from '../checkFile.ts';
import { sourceExcerpt } from '../sourceExcerpt.ts';
import { sanitize, type Style } from '../style.ts';

/** Compiler-style output: `file:line:col: severity[code]: message`, the source line with a caret, a summary. */
export function formatHuman(reports: readonly FileReport[], style: Style): { stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const r of reports) {
    const name = sanitize(r.file);
    if (r.error) {
      err.push(`${style.bold(`${name}:`)} ${style.severity('error', 'error')}: ${r.error.message}`);
      continue;
    }
    for (const d of r.diagnostics) {
      out.push(`${style.bold(`${name}:${d.line}:${d.column}:`)} ${style.severity(d.severity, `${d.severity}[${d.code}]`)}: ${sanitize(d.message)}`);
      if (r.lineIndex) out.push(...sourceExcerpt(r.lineIndex, d, style));
      out.push('');
    }
  }
  out.push(summary(reports));
  return { stdout: `${out.join('\n')}\n`, stderr: err.length > 0 ? `${err.join('\n')}\n` : '' };
}

/** E.g. `2 errors, 1 warning in 3 files`. */
export function summary(reports: readonly FileReport[]): string {
  const count = (severity: string) => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === severity).length, 0);
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
  const infos = count('info');
  if (infos > 0) parts.push(plural(infos, 'info', 'infos'));
  const unchecked = reports.filter((r) => r.error).length;
  if (unchecked > 0) parts.push(`${plural(unchecked, 'file')} not checked`);
  return `${parts.join(', ')} in ${plural(reports.length, 'file')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
