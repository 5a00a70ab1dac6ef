import type { LocatedRange, Position, Span } from './span.ts';

/** Converts offsets to 1-based line/column and back, in O(log lines). LF, CRLF and a lone CR each end a line (as in YAML and Monaco). */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }

  offset(pos: Position): number {
    const line = Math.max(1, Math.min(pos.line, this.lineStarts.length));
    return Math.min(this.lineStarts[line - 1] + pos.column - 1, this.text.length);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  range(s: Span): LocatedRange {
    const a = this.position(s.start);
    const b = this.position(Math.max(s.end, s.start));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
