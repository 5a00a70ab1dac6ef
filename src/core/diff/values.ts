/** The value in a canonical form: mapping keys sorted, so key order is never a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A short form of a value for a sentence or a table cell (long values cut). */
export function showValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const s = typeof value === 'string' ? value : canonical(value);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** Entries of a list value as strings (for set comparisons such as capabilities). */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}
