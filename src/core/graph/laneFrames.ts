import { LAYOUT, lanesTop, layoutColumns, type ColumnKey } from './columns.ts';
import { nodeRects, type Positions, type Rect } from './geometry.ts';
import type { Graph } from './types.ts';

export interface LaneFrame extends Rect {
  key: ColumnKey;
}

const MIN_HEIGHT = 240;

/**
 * The background boxes of the columns (the three section lanes and the volume column),
 * all as tall as the content, for the canvas to draw behind the nodes.
 */
export function laneFrames(graph: Graph, positions: Positions): LaneFrame[] {
  const top = lanesTop(graph);
  let bottom = top + MIN_HEIGHT;
  for (const [id, r] of nodeRects(graph, positions)) {
    if (id !== 'kernel') bottom = Math.max(bottom, r.y + r.height + LAYOUT.columnPadding);
  }
  return layoutColumns().map((c) => ({ key: c.key, x: c.x, y: top, width: c.width, height: bottom - top }));
}
