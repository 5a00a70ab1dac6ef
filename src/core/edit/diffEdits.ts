// The minimal edits between two texts, so the editor applies small changes (and keeps its undo precise).
import type { TextEdit } from '../commands/types.ts';

/** Beyond this many line comparisons the changed middle is sent as one replacement. */
const MAX_CELLS = 4_000_000;

function splitLines(text: string): string[] {
  // a lone CR ends a line too (a CR-only file)
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Line-level LCS diff, each changed hunk then narrowed to the characters that differ. */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offsets = [0];
  for (const line of a) offsets.push(offsets[offsets.length - 1] + line.length);
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const hunks: { a0: number; a1: number; b0: number; b1: number }[] = [];
  if (n * m > MAX_CELLS || n === 0 || m === 0) {
    hunks.push({ a0: head, a1: head + n, b0: head, b1: head + m });
  } else {
    // lcs[i][j]: common lines of a[head+i..] and b[head+j..]
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[head + i] === b[head + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    let open: { a0: number; b0: number } | null = null;
    const close = () => {
      if (open) hunks.push({ a0: open.a0, a1: head + i, b0: open.b0, b1: head + j });
      open = null;
    };
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] === b[head + j]) {
        close();
        i++;
        j++;
      } else {
        open ??= { a0: head + i, b0: head + j };
        if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) j++;
        else i++;
      }
    }
    close();
  }
  return hunks.flatMap((h) => {
    // as many lines in as out: line by line, so separate changes stay separate edits
    if (h.a1 - h.a0 === h.b1 - h.b0) {
      return a.slice(h.a0, h.a1).flatMap((line, k) => (line === b[h.b0 + k] ? [] : [narrow(offsets[h.a0 + k], line, b[h.b0 + k])]));
    }
    return [narrow(offsets[h.a0], before.slice(offsets[h.a0], offsets[h.a1]), b.slice(h.b0, h.b1).join(''))];
  });
}

/** Each edit narrowed to what it really changes (a replaced region may keep most of its lines). */
export function refineEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.flatMap((e) =>
    diffEdits(text.slice(e.from, e.to), e.insert).map((d) => ({ from: d.from + e.from, to: d.to + e.from, insert: d.insert })),
  );
}

function narrow(from: number, removed: string, inserted: string): TextEdit {
  let p = 0;
  while (p < removed.length && p < inserted.length && removed[p] === inserted[p]) p++;
  let s = 0;
  while (s < removed.length - p && s < inserted.length - p && removed[removed.length - 1 - s] === inserted[inserted.length - 1 - s]) s++;
  return { from: from + p, to: from + removed.length - s, insert: inserted.slice(p, inserted.length - s) };
}
