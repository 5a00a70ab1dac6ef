import { LAYOUT, columnNodeX, kernelPosition, lanesTop, volumesLaneTop } from './columns.ts';
import type { Positions } from './geometry.ts';
import { filesLaneTop, onshutdownLaneTop } from './laneFrames.ts';
import { estimateNodeSize } from './nodeSize.ts';
import { spreadInColumn } from './spread.ts';
import type { Graph, GraphNode, Lane } from './types.ts';

/**
 * Positions for every node, in boot order left to right: onboot containers top to bottom in
 * run order; the kernel header on top of the volume column; services, then the onshutdown
 * lane below them. Each volume sits near the mean height of the containers that mount it,
 * pushed apart so none overlap; the file entries likewise below the volumes, near the
 * containers that bind them.
 */
export function autoLayout(graph: Graph): Positions {
  const positions: Positions = {};
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  const kernel = graph.nodes.find((n) => n.type === 'kernel');
  if (kernel) positions[kernel.id] = kernelPosition();

  const lane = (section: Lane['section']) => graph.lanes.find((l) => l.section === section);
  stack(lane('onboot'), lanesTop() + LAYOUT.laneHeader, positions, byId);
  stack(lane('services'), lanesTop() + LAYOUT.laneHeader, positions, byId);
  stack(lane('onshutdown'), onshutdownLaneTop(graph, positions) + LAYOUT.laneHeader, positions, byId);

  const volumes = graph.nodes.filter((n) => n.type === 'volume');
  placeNearReaders(graph, volumes, positions, byId, volumesLaneTop(graph) + LAYOUT.laneHeader);
  const files = graph.nodes.filter((n) => n.type === 'file');
  // after the volumes: the files lane starts below them
  if (files.length > 0) placeNearReaders(graph, files, positions, byId, filesLaneTop(graph, positions) + LAYOUT.laneHeader);
  return positions;
}

/** A lane's containers top to bottom in list order, from `top`. */
function stack(lane: Lane | undefined, top: number, positions: Positions, byId: ReadonlyMap<string, GraphNode>): void {
  if (!lane) return;
  let y = top;
  for (const id of lane.containerIds) {
    const node = byId.get(id);
    if (!node) continue;
    positions[id] = { x: columnNodeX(lane.section), y };
    y += estimateNodeSize(node).height + LAYOUT.rowGap;
  }
}

/** Volumes (or file entries) in the middle column, each near the containers its edges lead to. */
function placeNearReaders(
  graph: Graph,
  volumes: GraphNode[],
  positions: Positions,
  byId: ReadonlyMap<string, GraphNode>,
  top: number,
): void {
  const centres = mountingCentres(graph, positions, byId);
  const mounted: { id: string; order: number; height: number; centre: number; desired: number }[] = [];
  const unmounted: { id: string; height: number }[] = [];
  volumes.forEach((v, order) => {
    const height = estimateNodeSize(v).height;
    const ys = centres.get(v.id);
    if (!ys) {
      unmounted.push({ id: v.id, height });
      return;
    }
    const centre = ys.reduce((a, b) => a + b, 0) / ys.length;
    mounted.push({ id: v.id, order, height, centre, desired: centre - height / 2 });
  });
  // volumes wanting the same spot keep their list order
  mounted.sort((a, b) => a.centre - b.centre || a.order - b.order);
  const tops = spreadInColumn(mounted, LAYOUT.rowGap, top);
  const x = columnNodeX('volumes'); // the files lane shares the volumes' column
  let y = top;
  mounted.forEach((v, i) => {
    positions[v.id] = { x, y: tops[i] };
    y = tops[i] + v.height + LAYOUT.rowGap;
  });
  // volumes no container mounts keep their list order below the others
  for (const v of unmounted) {
    positions[v.id] = { x, y };
    y += v.height + LAYOUT.rowGap;
  }
}

/** For each volume (and file entry), the vertical centres of the containers its mount (file-bind) edges lead to. */
function mountingCentres(
  graph: Graph,
  positions: Positions,
  byId: ReadonlyMap<string, GraphNode>,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const edge of graph.edges) {
    if (edge.type === 'sequence') continue;
    const container = byId.get(edge.target);
    const p = positions[edge.target];
    if (!container || !p) continue;
    const list = out.get(edge.source) ?? [];
    list.push(p.y + estimateNodeSize(container).height / 2);
    out.set(edge.source, list);
  }
  return out;
}
