import { nodeRects, type Positions } from './geometry.ts';
import { PORTS } from './nodeSize.ts';
import type { Graph } from './types.ts';

export type Side = 'left' | 'right';

/** A mount's label sits beside its port, in the gap between the columns, never wider than that gap allows. */
export const EDGE_LABEL = { gap: 8, maxWidth: 130, fontSize: 16 } as const;

/** Where one mount (or file-bind) edge leaves its volume (or file) and enters its container. */
export interface MountPort {
  /** The volume's side facing the container. */
  sourceSide: Side;
  /** The container's side facing the volume: the edge never enters from the far side. */
  targetSide: Side;
  /** The port's place on that side, 0 at the top (ports of one container are ordered by their volumes' height, so edges do not cross at the node). */
  index: number;
  /** Distance of the port from the container's top. */
  offsetY: number;
}

/** The port of every mount and file-bind edge whose ends are both positioned, by edge id. */
export function mountPorts(graph: Graph, positions: Positions): Map<string, MountPort> {
  const rects = nodeRects(graph, positions);
  const byContainer = new Map<string, { id: string; sourceY: number; side: Side; sourceSide: Side }[]>();
  for (const e of graph.edges) {
    if (e.type === 'sequence') continue;
    const v = rects.get(e.source);
    const c = rects.get(e.target);
    if (!v || !c) continue;
    const volumeLeft = v.x + v.width / 2 < c.x + c.width / 2;
    const list = byContainer.get(e.target) ?? [];
    list.push({ id: e.id, sourceY: v.y + v.height / 2, side: volumeLeft ? 'left' : 'right', sourceSide: volumeLeft ? 'right' : 'left' });
    byContainer.set(e.target, list);
  }
  const out = new Map<string, MountPort>();
  for (const list of byContainer.values()) {
    // stable sort: edges from one volume keep their list order
    list.sort((a, b) => a.sourceY - b.sourceY);
    list.forEach((p, index) =>
      out.set(p.id, { sourceSide: p.sourceSide, targetSide: p.side, index, offsetY: PORTS.top + index * PORTS.pitch }),
    );
  }
  return out;
}
