import type { Graph, Lane } from '../graph/types.ts';
import type { ConfigDiff } from './types.ts';

export type DiffState = 'added' | 'removed' | 'changed';

export interface ComparedGraph {
  /** The new graph plus what was removed (at its old place in its lane), to be drawn ghosted. */
  graph: Graph;
  /** Node and edge ids → how they differ; unchanged ones are absent. */
  states: ReadonlyMap<string, DiffState>;
}

/**
 * One graph showing a diff: the `after` graph, with the `before` graph's removed containers,
 * volumes and mount edges put back. A change to a mount the graph draws inside its container
 * (host binds, tmpfs-like mounts) marks that container as changed.
 */
export function compareGraph(before: Graph, after: Graph, diff: ConfigDiff): ComparedGraph {
  const states = new Map<string, DiffState>();
  const drawnBefore = new Set([...before.nodes, ...before.edges].map((x) => x.id));
  const drawnAfter = new Set([...after.nodes, ...after.edges].map((x) => x.id));
  for (const c of diff.changes) {
    if ((c.change === 'removed' ? drawnBefore : drawnAfter).has(c.id)) states.set(c.id, c.change);
    else if (c.containerId && drawnAfter.has(c.containerId) && !states.has(c.containerId)) states.set(c.containerId, 'changed');
  }
  const removedNodes = before.nodes.filter((n) => states.get(n.id) === 'removed');
  const removedEdges = before.edges.filter((e) => e.type === 'mount' && states.get(e.id) === 'removed');
  const nodes = [...after.nodes, ...removedNodes];
  const present = new Set(nodes.map((n) => n.id));
  const edges = [...after.edges, ...removedEdges.filter((e) => present.has(e.source) && present.has(e.target))];
  const lanes = after.lanes.map((lane) => withRemoved(lane, before.lanes.find((l) => l.section === lane.section), states));
  return { graph: { nodes, edges, lanes }, states };
}

/** The lane's ids with each removed container put back after the one it followed before. */
function withRemoved(lane: Lane, old: Lane | undefined, states: ReadonlyMap<string, DiffState>): Lane {
  const ids = [...lane.containerIds];
  let previous: string | undefined;
  for (const id of old?.containerIds ?? []) {
    if (states.get(id) === 'removed') {
      const at = previous === undefined ? 0 : ids.indexOf(previous) + 1;
      ids.splice(at, 0, id);
    }
    if (ids.includes(id)) previous = id;
  }
  return { section: lane.section, containerIds: ids };
}
