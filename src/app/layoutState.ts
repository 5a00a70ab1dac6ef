import { autoLayout, mergeLayout, placeNewNode } from '../core/graph/layout.ts';
import { graphViewOf } from './graphState.ts';
import type { Positions, XY } from './positions.ts';

/**
 * Positions for every node of the text's graph: existing ones kept, new ones placed
 * near their neighbours. `fresh` lays out everything anew (auto-layout, first open).
 */
export function completePositions(text: string, positions: Positions, options: { fresh?: boolean } = {}): Positions {
  const { graph, stale } = graphViewOf(text);
  if (stale) return positions;
  if (options.fresh || Object.keys(positions).length === 0) return autoLayout(graph);
  const missing = graph.nodes.some((n) => !(n.id in positions));
  return missing ? mergeLayout(positions, graph) : positions;
}

/** Places a node the user just dropped at the drop point, nudged off any overlap. */
export function placeDropped(text: string, positions: Positions, nodeId: string, at: XY): Positions {
  const { graph } = graphViewOf(text);
  return placeNewNode(graph, positions, nodeId, at);
}
