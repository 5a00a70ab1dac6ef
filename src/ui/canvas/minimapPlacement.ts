// Where the minimap may sit without hiding a node the user is working on (pure: screen rectangles in, corner out).

export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type MinimapCorner = 'bottom-right' | 'top-right';

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

/**
 * The first corner (bottom right, then top right) where the minimap covers none of `busy`
 * (the selected nodes and those being dragged, in pane coordinates); null when both would:
 * then the minimap steps aside altogether.
 */
export function minimapCorner(busy: readonly ScreenRect[], pane: { width: number; height: number }): MinimapCorner | null {
  const corners: MinimapCorner[] = ['bottom-right', 'top-right'];
  return corners.find((c) => !busy.some((r) => overlaps(r, minimapRect(c, pane)))) ?? null;
}
