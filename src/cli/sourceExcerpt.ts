import type { LineIndex } from '../core/text/lineIndex.ts';
import type { ReportedDiagnostic } from './checkFile.ts';
import { sanitize } from './sanitize.ts';
import type { Style } from './style.ts';

/** Columns of source shown around the problem; longer lines are clipped with `…`. */
export const EXCERPT_WIDTH = 100;

/** The source line of a diagnostic and a caret underline below its range (first line only). */
export function sourceExcerpt(lineIndex: LineIndex, d: ReportedDiagnostic, style: Style): string[] {
  if (d.line > lineIndex.lineCount) return [];
  const text = lineIndex.lineText(d.line);
  const start = Math.min(d.column - 1, text.length);
  const end = d.endLine === d.line ? Math.min(d.endColumn - 1, text.length) : text.length;
  const [from, to] = visibleWindow(text, start);
  const caretStart = Math.max(start, from);
  const caretLength = Math.max(1, Math.min(end, to) - caretStart);

  const before = from > 0 ? '…' : '';
  const after = to < text.length ? '…' : '';
  const shown = sanitize(text.slice(from, to).replace(/\t/g, ' '));
  const gutter = String(d.line);
  const pad = ' '.repeat(gutter.length);
  const underline = ' '.repeat(before.length + caretStart - from) + style.severity(d.severity, '^'.repeat(caretLength));
  return [`${style.dim(`${gutter} |`)} ${before}${shown}${after}`, `${style.dim(`${pad} |`)} ${underline}`];
}

/** [from, to) of at most EXCERPT_WIDTH characters around `column`, not splitting a surrogate pair. */
function visibleWindow(text: string, column: number): [number, number] {
  if (text.length <= EXCERPT_WIDTH) return [0, text.length];
  let from = Math.max(0, Math.min(column - Math.floor(EXCERPT_WIDTH / 3), text.length - EXCERPT_WIDTH));
  let to = from + EXCERPT_WIDTH;
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (isLowSurrogate(text.charCodeAt(to))) to--;
  return [from, to];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
