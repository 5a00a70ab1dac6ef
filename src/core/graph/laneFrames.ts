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
  if (key === 'files') return graph.nodes.filter((n) => n.type === 'file').map((n) => n.id);
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

/** Where the files lane's title sits: right below the volumes lane (only a config with `files:` has one). */
export function filesLaneTop(graph: Graph, positions: Positions): number {
  const volumes = frame(graph, nodeRects(graph, positions), 'volumes', volumesLaneTop(graph));
  return volumes.y + volumes.height + LAYOUT.laneGap;
}

/**
 * The background boxes of the lanes (onboot, volumes, files when there are any, services,
 * onshutdown), for the canvas to draw behind the nodes and to pick the lane of a drop. The
 * columns end at one common bottom, so the picture reads as one board.
 */
export function laneFrames(graph: Graph, positions: Positions): LaneFrame[] {
  const rects = nodeRects(graph, positions);
  const top = lanesTop();
  const onboot = frame(graph, rects, 'onboot', top);
  const volumes = frame(graph, rects, 'volumes', volumesLaneTop(graph));
  const files = graph.nodes.some((n) => n.type === 'file')
    ? frame(graph, rects, 'files', volumes.y + volumes.height + LAYOUT.laneGap)
    : null;
  const services = frame(graph, rects, 'services', top);
  const onshutdown = frame(graph, rects, 'onshutdown', services.y + services.height + LAYOUT.laneGap);
  const bottoms = [onboot, files ?? volumes, onshutdown];
  const bottom = Math.max(...bottoms.map((f) => f.y + f.height));
  for (const f of bottoms) f.height = bottom - f.y;
  return files ? [onboot, volumes, files, services, onshutdown] : [onboot, volumes, services, onshutdown];
}
