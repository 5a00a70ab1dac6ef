/**
 * The YAML key path around a cursor, found by scanning indentation rather than parsing, so it
 * works on text the user is still typing (which often does not parse).
 */

/** One step of a path: a mapping key, or `-` for a sequence entry. */
export type PathStep = string;

export interface CursorContext {
  /** Enclosing steps, outermost first, including the current line's own `-` markers and key. */
  path: PathStep[];
  /** The current line's text between the start of its value and the cursor. */
  valuePrefix: string;
  /** Offset where the value (after `- ` markers and `key: `) starts on the current line. */
  valueStart: number;
}

interface LineStep {
  column: number;
  step: PathStep;
}

interface LineShape {
  steps: LineStep[];
  /** Column where the value begins (after markers and key). */
  valueColumn: number;
}

const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"\-[{][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?=[ \t]|$)/;

/** Splits a line into its `-` markers and key, with the column each starts at. */
function shapeOf(line: string): LineShape {
  const steps: LineStep[] = [];
  let col = line.length - line.trimStart().length;
  for (;;) {
    const rest = line.slice(col);
    if (/^-(?:[ \t]|$)/.test(rest)) {
      steps.push({ column: col, step: '-' });
      col += 1;
      while (line[col] === ' ' || line[col] === '\t') col++;
      continue;
    }
    const key = KEY.exec(rest);
    if (key) {
      steps.push({ column: col, step: (key[1] ?? key[2] ?? key[3]).trim() });
      col += key[0].length;
      while (line[col] === ' ' || line[col] === '\t') col++;
    }
    return { steps, valueColumn: col };
  }
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** The path and value prefix at `offset` of `text`. */
export function cursorContext(text: string, offset: number): CursorContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const own = shapeOf(before);
  // a key is only "current" once its colon is typed; a partial word is value prefix
  const valueColumn = Math.min(own.valueColumn, before.length);
  const path = own.steps.map((s) => s.step);
  let limit = own.steps.length > 0 ? own.steps[0].column : before.length - before.trimStart().length;
  if (before.trim() === '') limit = before.length;
  let end = lineStart - 1;
  while (end >= 0 && limit > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (isBlankOrComment(line)) continue;
    const ancestors = shapeOf(line).steps.filter((s) => s.column < limit);
    if (ancestors.length === 0) continue;
    path.unshift(...ancestors.map((s) => s.step));
    limit = ancestors[0].column;
  }
  return { path, valuePrefix: before.slice(valueColumn), valueStart: lineStart + valueColumn };
}
