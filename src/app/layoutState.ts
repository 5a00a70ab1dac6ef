import { autoLayout, mergeLayout, placeNewNode } from '../core/graph/layout.ts';
import type { AnalysisCache } from './analysis.ts';
import type { StudioFile } from './files.ts';
import type { Positions, XY } from './positions.ts';
import { LARGE_TEXT_CHARS, type Views } from './views.ts';

/** What layout reads of a Studio: its analyses and views. */
export interface LayoutSource {
  analysis: AnalysisCache;
  views: Views;
}

/**
 * Positions for every node of the build's graph: existing ones kept, new ones placed
 * near their neighbours. `fresh` lays out everything anew (auto-layout, first open).
 * A large text (typed, opened, shared, restored) is not analysed here: that would freeze the
 * page for seconds; its nodes get positions when the background analysis arrives
 * (store.completeLayout). Commands analyse the text first, so their result is exact.
 * `typed` is kept for callers that say where the text came from.
 */
export function completePositions(
  source: LayoutSource,
  files: readonly StudioFile[],
  positions: Positions,
  options: { fresh?: boolean; typed?: boolean } = {},
): Positions {
  if (!options.typed && files.length === 1 && files[0].text.length < LARGE_TEXT_CHARS) source.analysis.of(files[0].text);
  const { graph, stale, pending } = source.views.shown(files);
  if (stale || pending) return positions;
  if (options.fresh || Object.keys(positions).length === 0) return autoLayout(graph);
  const missing = graph.nodes.some((n) => !(n.id in positions));
  return missing ? mergeLayout(positions, graph) : positions;
}

/** Places a node the user just dropped at the drop point, nudged off any overlap. */
export function placeDropped(source: LayoutSource, files: readonly StudioFile[], positions: Positions, nodeId: string, at: XY): Positions {
  const { graph } = source.views.build(files);
  return placeNewNode(graph, positions, nodeId, at);
}
