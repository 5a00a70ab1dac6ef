import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStudio } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import { drawnGraph, type DrawnGraph } from '../../core/graph/drawBudget.ts';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';
import { ReuseUnchanged } from './reuseUnchanged.ts';
import { flowEdges, flowNodes } from './toFlow.ts';

export type MeasuredSizes = Record<string, { width: number; height: number }>;

/**
 * React Flow nodes and edges derived from the text's graph, positions and selection.
 * Nodes and edges whose shown content did not change keep their object identity (across
 * keystrokes and drags), so React Flow and the memoised node components skip them.
 */
export function useFlowElements(): {
  nodes: StudioFlowNode[];
  edges: StudioFlowEdge[];
  stale: boolean;
  /** The view waits for a background analysis (of the text shown, or of one just opened). */
  pending: boolean;
  notDrawn: DrawnGraph['notDrawn'];
  setMeasured: (update: (m: MeasuredSizes) => MeasuredSizes) => void;
} {
  const view = useShownView();
  // the sizes React Flow measured in the DOM (view state: the minimap and fit-view need them)
  const [measured, setMeasured] = useState<MeasuredSizes>({});
  const [nodeReuse] = useState(() => new ReuseUnchanged<StudioFlowNode>());
  const [edgeReuse] = useState(() => new ReuseUnchanged<StudioFlowEdge>());
  const positions = useStudio((s) => s.positions);
  const selection = useStudio(useShallow((s) => s.selection));
  const selected = useMemo(() => new Set(selection), [selection]);
  // a build of tens of thousands of nodes draws the first few hundred of each lane (and the selection)
  const drawn = useMemo(() => drawnGraph(view.graph, selected), [view.graph, selected]);
  const nodes = useMemo(
    () =>
      nodeReuse.reuse(
        flowNodes(drawn.graph, positions, selected, drawn.notDrawn).map((n) => (measured[n.id] ? { ...n, measured: measured[n.id] } : n)),
      ),
    [nodeReuse, drawn, positions, selected, measured],
  );
  const edges = useMemo(
    () => edgeReuse.reuse(flowEdges(drawn.graph, positions, selected)),
    [edgeReuse, drawn.graph, positions, selected],
  );
  return { nodes, edges, stale: view.stale, pending: view.pending, notDrawn: drawn.notDrawn, setMeasured };
}
