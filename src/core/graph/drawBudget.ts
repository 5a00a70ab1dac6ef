import type { ColumnKey } from './columns.ts';
import type { Graph, GraphNode } from './types.ts';

/** Up to this many graph nodes, every one is drawn. */
export const DRAW_ALL_UP_TO = 2000;
/** Above it, each lane draws its first this many (a laptop screen shows a few dozen at a legible zoom). */
export const DRAWN_PER_LANE = 300;

/** The part of a graph the canvas draws, and how many of each lane's nodes it leaves out. */
export interface DrawnGraph {
  graph: Graph;
  /** Per lane, the nodes not drawn; empty when the whole graph is drawn. */
  notDrawn: Partial<Record<ColumnKey, number>>;
}

function laneOf(node: GraphNode): ColumnKey | null {
  if (node.type === 'container') return node.data.section;
  if (node.type === 'volume') return 'volumes';
  if (node.type === 'file') return 'files';
  return null;
}

/**
 * A canvas of tens of thousands of nodes cannot stay responsive (React, style and layout of
 * every node, and React Flow's passes over all of them on each change); so above
 * DRAW_ALL_UP_TO nodes each lane draws its first DRAWN_PER_LANE, plus the nodes in `keep` (the
 * selection, so what the editor's cursor picks is on the canvas). Edges are drawn when both
 * their ends are. The graph is returned unchanged (same object) when it is within budget.
 */
export function drawnGraph(graph: Graph, keep: ReadonlySet<string>): DrawnGraph {
  if (graph.nodes.length <= DRAW_ALL_UP_TO) return { graph, notDrawn: {} };
  const seen = new Map<ColumnKey, number>();
  const notDrawn: Partial<Record<ColumnKey, number>> = {};
  const nodes = graph.nodes.filter((node) => {
    const lane = laneOf(node);
    if (lane === null) return true;
    const index = seen.get(lane) ?? 0;
    seen.set(lane, index + 1);
    if (index < DRAWN_PER_LANE || keep.has(node.id)) return true;
    notDrawn[lane] = (notDrawn[lane] ?? 0) + 1;
    return false;
  });
  const ids = new Set(nodes.map((n) => n.id));
  return {
    graph: {
      nodes,
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
      lanes: graph.lanes.map((lane) => ({ ...lane, containerIds: lane.containerIds.filter((id) => ids.has(id)) })),
    },
    notDrawn,
  };
}
