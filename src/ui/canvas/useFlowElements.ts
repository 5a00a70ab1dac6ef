import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStudio } from '../state/StudioContext.tsx';
import { useGraphView } from '../state/useGraphView.ts';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';
import { flowEdges, flowNodes } from './toFlow.ts';

export type MeasuredSizes = Record<string, { width: number; height: number }>;

/**
 * React Flow nodes and edges derived from the text's graph, positions and selection.
 * Node `data` objects keep their identity while the text is unchanged, so the memoised
 * node components skip re-rendering while another node is dragged.
 */
export function useFlowElements(): {
  nodes: StudioFlowNode[];
  edges: StudioFlowEdge[];
  stale: boolean;
  setMeasured: (update: (m: MeasuredSizes) => MeasuredSizes) => void;
} {
  const view = useGraphView();
  // the sizes React Flow measured in the DOM (view state: the minimap and fit-view need them)
  const [measured, setMeasured] = useState<MeasuredSizes>({});
  const positions = useStudio((s) => s.positions);
  const selection = useStudio(useShallow((s) => s.selection));
  const selected = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(
    () => flowNodes(view.graph, positions, selected).map((n) => (measured[n.id] ? { ...n, measured: measured[n.id] } : n)),
    [view.graph, positions, selected, measured],
  );
  const edges = useMemo(() => flowEdges(view.graph, selected), [view.graph, selected]);
  return { nodes, edges, stale: view.stale, setMeasured };
}
