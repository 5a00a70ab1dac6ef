// Where the minimap may sit without hiding a node the user is working on (pure: screen rectangles in, corner out).

export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type MinimapCorner = 'bottom-right' | 'top-right';
const CORNERS: readonly MinimapCorner[] = ['bottom-right', 'top-right'];

/** The minimap's size and React Flow's panel margin (`.react-flow__panel { margin: 15px }`). */
export const MINIMAP_SIZE = { width: 150, height: 100 };
const MARGIN = 15;

function overlaps(a: ScreenRect, b: ScreenRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The minimap's rectangle in a pane of this size, at a corner. */
export function minimapRect(corner: MinimapCorner, pane: { width: number; height: number }): ScreenRect {
  const x = pane.width - MARGIN - MINIMAP_SIZE.width;
  const y = corner === 'bottom-right' ? pane.height - MARGIN - MINIMAP_SIZE.height : MARGIN;
  return { x, y, ...MINIMAP_SIZE };
}

function overlapArea(a: ScreenRect, b: ScreenRect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the minimap goes: never over `busy` (the selected nodes and those being dragged, in pane
 * coordinates). It stays at `current` while that corner is clear of busy nodes and hides none of
 * `others` (every other node on screen), so panning does not make it jump; otherwise it takes the
 * clear corner (bottom right, then top right) that hides the least of them. With `mayHide` false
 * (the minimap came by itself, nobody asked for it) a corner that hides any node is not clear either.
 * Null when no corner is clear: then the minimap steps aside altogether.
 */
export function minimapCorner(
  busy: readonly ScreenRect[],
  pane: { width: number; height: number },
  others: readonly ScreenRect[] = [],
  current: MinimapCorner | null = null,
  { mayHide = true }: { mayHide?: boolean } = {},
): MinimapCorner | null {
  const hidden = (c: MinimapCorner) => others.reduce((sum, r) => sum + overlapArea(r, minimapRect(c, pane)), 0);
  const clear = CORNERS.filter((c) => !busy.some((r) => overlaps(r, minimapRect(c, pane))) && (mayHide || hidden(c) === 0));
  if (current && clear.includes(current) && hidden(current) === 0) return current;
  let best: { corner: MinimapCorner; hidden: number } | null = null;
  for (const corner of current && clear.includes(current) ? [current, ...clear.filter((c) => c !== current)] : clear) {
    const h = hidden(corner);
    if (!best || h < best.hidden) best = { corner, hidden: h };
  }
  return best?.corner ?? null;
}
