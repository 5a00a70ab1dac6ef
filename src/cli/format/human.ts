import type { FileReport } from '../checkFile.ts';
import { sanitize } from '../sanitize.ts';
import { sourceExcerpt } from '../sourceExcerpt.ts';
import type { Style } from '../style.ts';

export interface HumanOutput {
  stdout: string;
  stderr: string;
}

/** Compiler-style output: `file:line:col: severity[code]: message`, the source line with a caret, a summary. */
export function formatHuman(reports: readonly FileReport[], style: Style): HumanOutput {
  const parts = reports.map((r) => formatHumanReport(r, style));
  return { stdout: parts.map((p) => p.stdout).join('') + `${summary(reports)}\n`, stderr: parts.map((p) => p.stderr).join('') };
}

/** One file's part of the output, printed as soon as the file is judged (its text can then go). */
export function formatHumanReport(r: FileReport, style: Style): HumanOutput {
  const name = sanitize(r.file);
  if (r.error) return { stdout: '', stderr: `${style.bold(`${name}:`)} ${style.severity('error', 'error')}: ${sanitize(r.error.message)}\n` };
  const out: string[] = [];
  for (const d of r.diagnostics) {
    out.push(`${style.bold(`${name}:${d.line}:${d.column}:`)} ${style.severity(d.severity, `${d.severity}[${d.code}]`)}: ${sanitize(d.message)}`);
    if (r.lineIndex) out.push(...sourceExcerpt(r.lineIndex, d, style));
    out.push('');
  }
  return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '' };
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
