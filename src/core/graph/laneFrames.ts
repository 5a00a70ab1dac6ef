import { LAYOUT, columnOf, lanesTop, steppedHeight, volumesLaneTop, type ColumnKey } from './columns.ts';
import { nodeRects, type Positions, type Rect } from './geometry.ts';
import type { Graph } from './types.ts';

export interface LaneFrame extends Rect {
  key: ColumnKey;
}

/** The lowest bottom edge of the given nodes, or -Infinity. */
function bottomOf(rects: ReadonlyMap<string, Rect>, ids: readonly string[]): number {
  let bottom = -Infinity;
  for (const id of ids) {
    const r = rects.get(id);
    if (r) bottom = Math.max(bottom, r.y + r.height);
  }
  return bottom;
}

function laneIds(graph: Graph, key: ColumnKey): string[] {
  if (key === 'volumes') return graph.nodes.filter((n) => n.type === 'volume').map((n) => n.id);
  return graph.lanes.find((l) => l.section === key)?.containerIds ?? [];
}

/** A frame from `top` down past its lowest node (the lane step rounds it up). */
function frame(graph: Graph, rects: ReadonlyMap<string, Rect>, key: ColumnKey, top: number): LaneFrame {
  const column = columnOf(key);
  const bottom = bottomOf(rects, laneIds(graph, key)) + LAYOUT.columnPadding;
  return { key, x: column.x, y: top, width: column.width, height: steppedHeight(bottom - top) };
}

/** Where the onboot lane's title sits: right below the services lane, which it follows in time. */
export function onshutdownLaneTop(graph: Graph, positions: Positions): number {
  const services = frame(graph, nodeRects(graph, positions), 'services', lanesTop());
  return services.y + services.height + LAYOUT.laneGap;
}

/**
 * The background boxes of the lanes (onboot, volumes, services, onshutdown), for the canvas
 * to draw behind the nodes and to pick the lane of a drop. The columns end at one common
 * bottom, so the picture reads as one board.
 */
export function laneFrames(graph: Graph, positions: Positions): LaneFrame[] {
  const rects = nodeRects(graph, positions);
  const top = lanesTop();
  const onboot = frame(graph, rects, 'onboot', top);
  const volumes = frame(graph, rects, 'volumes', volumesLaneTop(graph));
  const services = frame(graph, rects, 'services', top);
  const onshutdown = frame(graph, rects, 'onshutdown', services.y + services.height + LAYOUT.laneGap);
  const bottom = Math.max(...[onboot, volumes, onshutdown].map((f) => f.y + f.height));
  for (const f of [onboot, volumes, onshutdown]) f.height = bottom - f.y;
  return [onboot, volumes, services, onshutdown];
}
