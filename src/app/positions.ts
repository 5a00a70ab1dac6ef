/** Node positions: session data beside the text, keyed by stable node id. Never written into the YAML. */
export interface XY {
  x: number;
  y: number;
}
export type Positions = Record<string, XY>;

/** Moves the positions of renamed ids (and their `#n` suffixed twins are left alone). */
export function renamePositions(positions: Positions, renames: ReadonlyArray<readonly [string, string]>): Positions {
  if (renames.length === 0) return positions;
  const next = { ...positions };
  for (const [from, to] of renames) {
    if (from === to || !(from in next)) continue;
    next[to] = next[from];
    delete next[from];
  }
  return next;
}

/**
 * Coordinates beyond this are no layout anyone made: `1e308` or `1e999` (Infinity) from a link,
 * a layout comment or saved data would put the node out of sight, or break the canvas's arithmetic.
 */
export const MAX_COORDINATE = 1e7;

export function isValidCoordinate(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
}

/**
 * The positions of untrusted data (share link, saved session): entries that are not `{x, y}`
 * with valid coordinates are dropped (those nodes are placed anew, as if they had none).
 */
export function validPositions(p: unknown): Positions {
  if (!p || typeof p !== 'object' || Array.isArray(p)) return {};
  const out: Positions = {};
  for (const [id, v] of Object.entries(p as Record<string, unknown>)) {
    const { x, y } = (v ?? {}) as { x?: unknown; y?: unknown };
    if (isValidCoordinate(x) && isValidCoordinate(y)) out[id] = { x, y };
  }
  return out;
}
