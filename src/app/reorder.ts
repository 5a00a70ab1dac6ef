import type { Command } from '../core/commands/types.ts';
import type { Graph } from '../core/graph/types.ts';
import type { Positions } from './positions.ts';

/**
 * After an onboot or onshutdown container was dragged within its lane: the move that makes the YAML order
 * follow the vertical order on the canvas, or null when the order did not change.
 */
export function reorderCommand(graph: Graph, positions: Positions, containerId: string, fileOf: (id: string) => string | undefined = () => undefined): Command | null {
  const lane = graph.lanes.find((l) => l.containerIds.includes(containerId));
  // services start together: where one sits on the canvas says nothing about the YAML order
  if (!lane || lane.section === 'services') return null;
  // in a build of several files a container moves within its own file's list (the merge appends the files' lists)
  const file = fileOf(containerId);
  const ids = lane.containerIds.filter((id) => fileOf(id) === file);
  if (ids.length < 2) return null;
  const y = (id: string) => positions[id]?.y ?? 0;
  const byY = [...ids].sort((a, b) => y(a) - y(b));
  const from = ids.indexOf(containerId);
  const to = byY.indexOf(containerId);
  return from === to ? null : { type: 'moveContainer', containerId, toIndex: to };
}
