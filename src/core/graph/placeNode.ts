import { autoLayout } from './autoLayout.ts';
import { LAYOUT, columnNodeX, kernelPosition, lanesTop, volumesLaneTop, type ColumnKey } from './columns.ts';
import { rectsOverlap, type Positions, type Rect, type XY } from './geometry.ts';
import { filesLaneTop, laneFrames, onshutdownLaneTop } from './laneFrames.ts';
import { estimateNodeSize, type Size } from './nodeSize.ts';
import type { Graph, GraphNode } from './types.ts';

const STEP = 20;
const SEARCH_RADIUS = 40; // in steps: nodes land at most 800 units from where they were meant to
/** Free space kept around a placed node. */
const CLEARANCE = 16;

/**
 * Positions with `nodeId` centred at `dropPoint` (where the pointer let go), kept inside
 * its lane, or, without one, where auto-layout would expect it beside its neighbours;
 * nudged to the nearest spot that overlaps no other positioned node. Other nodes never move.
 */
export function placeNewNode(graph: Graph, positions: Positions, nodeId: string, dropPoint?: XY): Positions {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) return positions;
  const others = new Map(graph.nodes.filter((n) => n.id !== nodeId && positions[n.id]).map((n) => [n.id, n]));
  const wanted = dropPoint ? intoLane(graph, positions, node, dropPoint) : preferredSpot(graph, positions, node);
  const obstacles = [...others.values()].map((n) => ({ ...positions[n.id], ...estimateNodeSize(n) }));
  // a node of a lane is only nudged down or up, not above the lane's title: else it would leave its lane
  const key = laneOf(node);
  const column = key ? { minY: laneContentTop(graph, positions, key) } : undefined;
  return { ...positions, [nodeId]: nearestFreeSpot(wanted, estimateNodeSize(node), obstacles, column) };
}

/**
 * Keeps the positions of ids still in the graph and places only the new nodes; drops ids
 * that left the graph. Without any known position it is a fresh auto-layout.
 */
export function mergeLayout(prevPositions: Positions, graph: Graph): Positions {
  let positions: Positions = {};
  for (const n of graph.nodes) if (prevPositions[n.id]) positions[n.id] = prevPositions[n.id];
  if (Object.keys(positions).length === 0) return autoLayout(graph);
  // graph order is list order, so a new container follows an already placed predecessor
  for (const n of graph.nodes) if (!positions[n.id]) positions = placeNewNode(graph, positions, n.id);
  return positions;
}

function laneOf(node: GraphNode): ColumnKey | null {
  if (node.type === 'container') return node.data.section;
  return node.type === 'volume' ? 'volumes' : node.type === 'file' ? 'files' : null;
}

/** The top-left corner that centres the node at `point`, inside its lane (below the lane's title). */
function intoLane(graph: Graph, positions: Positions, node: GraphNode, point: XY): XY {
  const size = estimateNodeSize(node);
  const wanted = { x: Math.round(point.x - size.width / 2), y: Math.round(point.y - size.height / 2) };
  const key = laneOf(node);
  const frame = key && laneFrames(graph, positions).find((f) => f.key === key);
  if (!frame) return wanted;
  return { x: columnNodeX(frame.key), y: Math.max(wanted.y, frame.y + LAYOUT.laneHeader) };
}

/** Where a lane's first node goes. */
function laneContentTop(graph: Graph, positions: Positions, key: ColumnKey): number {
  const top =
    key === 'volumes'
      ? volumesLaneTop(graph)
      : key === 'files'
        ? filesLaneTop(graph, positions)
        : key === 'onshutdown'
          ? onshutdownLaneTop(graph, positions)
          : lanesTop();
  return top + LAYOUT.laneHeader;
}

/** Where auto-layout would put the node relative to its positioned neighbours. */
function preferredSpot(graph: Graph, positions: Positions, node: GraphNode): XY {
  if (node.type === 'kernel') return kernelPosition();
  if (node.type === 'container') {
    const lane = graph.lanes.find((l) => l.section === node.data.section);
    const i = lane ? lane.containerIds.indexOf(node.id) : -1;
    const before = i > 0 ? lane?.containerIds[i - 1] : undefined;
    const prev = before !== undefined ? graph.nodes.find((n) => n.id === before) : undefined;
    if (prev && positions[prev.id]) {
      const p = positions[prev.id];
      return { x: p.x, y: p.y + estimateNodeSize(prev).height + LAYOUT.rowGap };
    }
    return { x: columnNodeX(node.data.section), y: laneContentTop(graph, positions, node.data.section) };
  }
  // a volume or a file entry: in the middle column, near the containers its edges lead to
  const top = laneContentTop(graph, positions, node.type === 'file' ? 'files' : 'volumes');
  const x = columnNodeX('volumes');
  const centres = graph.edges
    .filter((e) => e.type !== 'sequence' && e.source === node.id && positions[e.target])
    .map((e) => {
      const container = graph.nodes.find((n) => n.id === e.target);
      return positions[e.target].y + (container ? estimateNodeSize(container).height / 2 : 0);
    });
  if (centres.length === 0) return { x, y: top };
  const mean = centres.reduce((a, b) => a + b, 0) / centres.length;
  return { x, y: Math.max(top, Math.round(mean - estimateNodeSize(node).height / 2)) };
}

/** The free top-left corner closest to `wanted` (grid search; with `column`, straight up or down, not above minY), else just below everything. */
export function nearestFreeSpot(wanted: XY, size: Size, obstacles: readonly Rect[], column?: { minY: number }): XY {
  const reach = SEARCH_RADIUS * STEP;
  const near = obstacles.filter(
    (r) =>
      r.x < wanted.x + size.width + reach + CLEARANCE &&
      r.x + r.width + reach + CLEARANCE > wanted.x &&
      r.y < wanted.y + size.height + reach + CLEARANCE &&
      r.y + r.height + reach + CLEARANCE > wanted.y,
  );
  for (const [dx, dy] of searchOffsets()) {
    if (column && (dx !== 0 || wanted.y + dy < column.minY)) continue;
    const spot = { x: wanted.x + dx, y: wanted.y + dy, ...size };
    if (!near.some((r) => rectsOverlap(spot, r, CLEARANCE))) return { x: spot.x, y: spot.y };
  }
  const bottom = obstacles.reduce((max, r) => Math.max(max, r.y + r.height), wanted.y);
  return { x: wanted.x, y: bottom + CLEARANCE + 1 };
}

let offsets: [number, number][] | null = null;

/** Grid offsets within the search radius, nearest first (ties: up before down, left before right). */
function searchOffsets(): [number, number][] {
  if (offsets) return offsets;
  const list: [number, number][] = [];
  for (let i = -SEARCH_RADIUS; i <= SEARCH_RADIUS; i++) {
    for (let j = -SEARCH_RADIUS; j <= SEARCH_RADIUS; j++) list.push([i * STEP, j * STEP]);
  }
  list.sort((a, b) => a[0] ** 2 + a[1] ** 2 - (b[0] ** 2 + b[1] ** 2) || a[1] - b[1] || a[0] - b[0]);
  offsets = list;
  return offsets;
}
