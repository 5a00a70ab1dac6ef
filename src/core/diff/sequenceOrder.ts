import type { Comparable } from './elements.ts';

/**
 * Ids of onboot/onshutdown containers (which run one after another) whose place in the run order
 * changed: those in both versions but outside the longest common subsequence of their order.
 */
export function movedInSequence(before: readonly Comparable[], after: readonly Comparable[]): Set<string> {
  const moved = new Set<string>();
  for (const section of ['onboot', 'onshutdown']) {
    const ids = (list: readonly Comparable[]) => list.filter((c) => c.sequence === section).map((c) => c.id);
    const afterIds = new Set(ids(after));
    const beforeIds = new Set(ids(before));
    const a = ids(before).filter((id) => afterIds.has(id));
    const b = ids(after).filter((id) => beforeIds.has(id));
    const kept = new Set(longestCommonSubsequence(a, b));
    for (const id of b) if (!kept.has(id)) moved.add(id);
  }
  return moved;
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): string[] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const out: string[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return out;
}
