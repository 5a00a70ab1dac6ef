import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';

/** New nodes drawn in one go: more than this and they are drawn in chunks, a task each, the first of this many. */
export const DRAW_CHUNK = 25;
/** What one chunk may cost, from being asked for to painted: the next chunk is sized to it (a long task is over 50 ms). */
const CHUNK_BUDGET_MS = 40;
const MAX_CHUNK = 400;

export interface DrawProgress {
  drawn: number;
  total: number;
}

/**
 * The nodes and edges React Flow draws now. Drawing hundreds of new nodes at once (a large
 * config opened) holds the page's thread for seconds (React, then style and layout of every
 * node); so when more than DRAW_CHUNK nodes are new, they come in chunks, each in its own task
 * (a transition scheduled after the previous chunk painted, sized to what the last one cost), and the page answers keys and
 * clicks between them. Every node is drawn in the end (arrow-key navigation and the specs reach
 * off-screen nodes): this only spreads the drawing out. Edges wait until both their ends are drawn.
 * `progress` is null when everything is drawn.
 */
export function useProgressiveElements(
  nodes: StudioFlowNode[],
  edges: StudioFlowEdge[],
  /** Only what an open brings is drawn in chunks: a typed change goes straight through (its bookkeeping cost a second render of every node per key in a large config). */
  enabled: boolean,
): { nodes: StudioFlowNode[]; edges: StudioFlowEdge[]; progress: DrawProgress | null } {
  // the ids React Flow was last given, once committed, and how many new nodes the next chunk draws (view state)
  const [draw, setDraw] = useState<{ ids: ReadonlySet<string>; chunk: number }>(() => ({ ids: new Set(), chunk: DRAW_CHUNK }));
  // when the chunk being drawn was asked for: its cost sizes the next one
  const askedAt = useRef<number | null>(null);
  const shownNodes = useMemo(() => {
    if (!enabled) return nodes; // a drag or a typed change: no count over every node
    const drawn = draw.ids;
    let fresh = 0;
    for (const n of nodes) if (!drawn.has(n.id)) fresh++;
    if (fresh <= Math.max(DRAW_CHUNK, draw.chunk)) return nodes;
    let budget = draw.chunk;
    // parents (lanes) come before their children in `nodes`, so a drawn child always has its parent
    return nodes.filter((n) => drawn.has(n.id) || budget-- > 0);
  }, [nodes, draw, enabled]);
  const complete = shownNodes === nodes;
  const shownEdges = useMemo(() => {
    if (complete) return edges;
    const ids = new Set(shownNodes.map((n) => n.id));
    return edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  }, [complete, edges, shownNodes]);

  useEffect(() => {
    if (!enabled) return;
    const ids = new Set(shownNodes.map((n) => n.id));
    if (complete) {
      // remembered without a chunk's wait: the next change is measured against what is drawn now
      if (!sameIds(ids, draw.ids)) queueMicrotask(() => setDraw({ ids, chunk: DRAW_CHUNK }));
      return;
    }
    // once this chunk is painted, the next one in a task of its own: input waiting meanwhile goes first
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      const cost = askedAt.current === null ? null : performance.now() - askedAt.current;
      const chunk = nextChunk(draw.chunk, cost);
      timer = setTimeout(() => {
        askedAt.current = performance.now();
        startTransition(() => setDraw({ ids, chunk }));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [enabled, complete, shownNodes, draw]);

  const progress = complete ? null : { drawn: shownNodes.length, total: nodes.length };
  return { nodes: shownNodes, edges: shownEdges, progress };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** The size of the next chunk: the last one scaled to the budget, by what it cost (unknown for the first). */
export function nextChunk(last: number, costMs: number | null): number {
  if (costMs === null) return last;
  const scaled = Math.round((last * CHUNK_BUDGET_MS) / Math.max(costMs, 1));
  // at most doubling (one cheap frame says little about the next), never below the first: on a
  // slow or busy machine smaller chunks add more per-chunk work (React Flow's pass over all nodes) than they save
  return Math.min(MAX_CHUNK, 2 * last, Math.max(DRAW_CHUNK, scaled));
}
