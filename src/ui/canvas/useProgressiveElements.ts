import { startTransition, useEffect, useMemo, useState } from 'react';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';

/** New nodes drawn in one go: more than this and they are drawn in chunks of this many, a task each. */
export const DRAW_CHUNK = 25;

export interface DrawProgress {
  drawn: number;
  total: number;
}

/**
 * The nodes and edges React Flow draws now. Drawing hundreds of new nodes at once (a large
 * config opened) holds the page's thread for seconds (React, then style and layout of every
 * node); so when more than DRAW_CHUNK nodes are new, they come in chunks, each in its own task
 * (a transition scheduled after the previous chunk painted), and the page answers keys and
 * clicks between them. Every node is drawn in the end (arrow-key navigation and the specs reach
 * off-screen nodes): this only spreads the drawing out. Edges wait until both their ends are drawn.
 * `progress` is null when everything is drawn.
 */
export function useProgressiveElements(
  nodes: StudioFlowNode[],
  edges: StudioFlowEdge[],
): { nodes: StudioFlowNode[]; edges: StudioFlowEdge[]; progress: DrawProgress | null } {
  // the ids React Flow was last given, once committed (view state of this canvas)
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  const shownNodes = useMemo(() => {
    let fresh = 0;
    for (const n of nodes) if (!drawn.has(n.id)) fresh++;
    if (fresh <= DRAW_CHUNK) return nodes;
    let budget = DRAW_CHUNK;
    // parents (lanes) come before their children in `nodes`, so a drawn child always has its parent
    return nodes.filter((n) => drawn.has(n.id) || budget-- > 0);
  }, [nodes, drawn]);
  const complete = shownNodes === nodes;
  const shownEdges = useMemo(() => {
    if (complete) return edges;
    const ids = new Set(shownNodes.map((n) => n.id));
    return edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  }, [complete, edges, shownNodes]);

  useEffect(() => {
    const ids = new Set(shownNodes.map((n) => n.id));
    if (complete) {
      // remembered without a chunk's wait: the next change is measured against what is drawn now
      if (!sameIds(ids, drawn)) queueMicrotask(() => setDrawn(ids));
      return;
    }
    // once this chunk is painted, the next one in a task of its own: input waiting meanwhile goes first
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawn(ids)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, shownNodes, drawn]);

  const progress = complete ? null : { drawn: shownNodes.length, total: nodes.length };
  return { nodes: shownNodes, edges: shownEdges, progress };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
