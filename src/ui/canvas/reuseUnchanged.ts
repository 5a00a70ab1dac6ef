/**
 * Keeps the previous React Flow node/edge objects where nothing they show has changed.
 * React Flow rebuilds its internal node (and re-renders the node) for every new object, so
 * without this one keystroke or one dragged node re-renders all of them.
 */
export class ReuseUnchanged<T extends { id: string }> {
  private previous = new Map<string, T>();

  reuse(next: readonly T[]): T[] {
    const kept = new Map<string, T>();
    const out = next.map((item) => {
      const before = this.previous.get(item.id);
      const chosen = before !== undefined && sameShown(before, item) ? before : item;
      kept.set(item.id, chosen);
      return chosen;
    });
    this.previous = kept;
    return out;
  }
}

/**
 * Deep equality of plain data, ignoring `span` keys: the canvas never reads a diagnostic's text
 * offsets, and they shift in every node below the cursor on each keystroke.
 */
export function sameShown(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameShown(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => k in rb && (k === 'span' || sameShown(ra[k], rb[k])));
}
