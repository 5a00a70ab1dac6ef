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
