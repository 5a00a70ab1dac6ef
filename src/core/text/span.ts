/** A half-open range of UTF-16 offsets into the YAML text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A 1-based line and column, as editors and compilers print them. */
export interface Position {
  line: number;
  column: number;
}

export interface LocatedRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}
