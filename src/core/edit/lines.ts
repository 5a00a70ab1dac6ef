// Line-level helpers on raw text: every splice in edit/ lands on these boundaries.

/** The line break the file uses: CRLF when its first line break is CRLF, else LF. */
export function lineBreakOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartAt(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The start of the line after the one holding `pos` (text.length on the last line). */
export function nextLineStart(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

/** The end (after the break) of the line holding the last character before `end`. */
export function lineEndAfter(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  return nextLineStart(text, end);
}

/** The line starting at `start`, with its line break. */
export function lineFrom(text: string, start: number): string {
  return text.slice(start, nextLineStart(text, start));
}

export function isBlankLine(line: string): boolean {
  return /^[ \t]*\r?\n?$/.test(line);
}

export function isCommentLine(line: string): boolean {
  return /^[ \t]*#/.test(line);
}

export function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/** The start of the line before the one starting at `start`, or -1 on the first line. */
export function previousLineStart(text: string, start: number): number {
  return start === 0 ? -1 : lineStartAt(text, start - 1);
}

/** The column of `pos` in its line. */
export function columnOf(text: string, pos: number): number {
  return pos - lineStartAt(text, pos);
}
