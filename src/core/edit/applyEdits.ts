import type { TextEdit } from '../commands/types.ts';

/** Applies non-overlapping edits given against one text (in any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.from < at) throw new Error(`overlapping edits at ${e.from}`);
    out += text.slice(at, e.from) + e.insert;
    at = e.to;
  }
  return out + text.slice(at);
}
