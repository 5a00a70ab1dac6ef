import { estimateNodeSize } from './nodeSize.ts';
import type { Graph } from './types.ts';

export interface XY {
  x: number;
  y: number;
}

/** Top-left positions of nodes (React Flow's convention), keyed by node id. */
export type Positions = Record<string, XY>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share any area, keeping `gap` free between them. Touching edges do not overlap. */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** The boxes of every positioned node of the graph. */
export function nodeRects(graph: Graph, positions: Positions): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const node of graph.nodes) {
    const p = positions[node.id];
    if (!p) continue;
    out.set(node.id, { ...p, ...estimateNodeSize(node) });
  }
  return out;
}

/** Pairs of positioned nodes whose boxes overlap (sweep over x, so large graphs stay fast). */
export function findOverlaps(graph: Graph, positions: Positions): [string, string][] {
  const rects = [...nodeRects(graph, positions)].sort((a, b) => a[1].x - b[1].x);
  const out: [string, string][] = [];
  for (let i = 0; i < rects.length; i++) {
    const [idA, a] = rects[i];
    for (let j = i + 1; j < rects.length && rects[j][1].x < a.x + a.width; j++) {
      const [idB, b] = rects[j];
      if (rectsOverlap(a, b)) out.push([idA, idB]);
    }
  }
  return out;
}
