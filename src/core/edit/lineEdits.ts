// Whole-line insertions and removals that keep blank lines and a missing final newline as they were.
import type { TextEdit } from '../commands/types.ts';
import type { Span } from '../text/span.ts';
import { isBlankLine, lineBreakOf, lineFrom, nextLineStart, previousLineStart } from './lines.ts';

/** Inserts `lines` (no breaks) at a line boundary `pos`. */
export function insertLines(text: string, pos: number, lines: readonly string[]): TextEdit {
  const eol = lineBreakOf(text);
  if (pos === text.length && text.length > 0 && !text.endsWith('\n')) {
    // the file ends without a line break: keep it that way
    return { from: pos, to: pos, insert: eol + lines.join(eol) };
  }
  return { from: pos, to: pos, insert: lines.map((l) => l + eol).join('') };
}

/**
 * Removes whole lines [start, end). When blank lines surround the block, one of
 * them goes too, so two separated items do not leave a double gap; a list's first
 * (last) item takes the blank line after (before) it, which separated it from the next (previous) one.
 */
export function removeLines(text: string, block: Span, place: { first?: boolean; last?: boolean } = {}): TextEdit {
  let { start } = block;
  const { end } = block;
  const before = previousLineStart(text, start);
  if (end === text.length && !text.endsWith('\n') && start > 0) {
    // last line without a break: take the break before it instead
    start -= text[start - 2] === '\r' ? 2 : 1;
    return { from: start, to: end, insert: '' };
  }
  const prevBlank = before >= 0 && isBlankLine(lineFrom(text, before));
  const nextBlank = end < text.length && isBlankLine(lineFrom(text, end));
  if (prevBlank && (nextBlank || end === text.length || place.last === true)) start = before;
  else if (nextBlank && place.first === true && place.last !== true) return { from: start, to: nextLineStart(text, end), insert: '' };
  return { from: start, to: end, insert: '' };
}
