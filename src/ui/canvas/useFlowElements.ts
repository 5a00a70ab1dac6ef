import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStudio } from '../state/StudioContext.tsx';
import { useGraphView } from '../state/useGraphView.ts';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';
import { flowEdges, flowNodes } from './toFlow.ts';

/**
 * React Flow nodes and edges derived from the text's graph, positions and selection.
 * Node `data` objects keep their identity while the text is unchanged, so the memoised
 * node components skip re-rendering while another node is dragged.
 */
export function useFlowElements(): { nodes: StudioFlowNode[]; edges: StudioFlowEdge[]; stale: boolean } {
  const view = useGraphView();
  const positions = useStudio((s) => s.positions);
  const selection = useStudio(useShallow((s) => s.selection));
  const selected = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(() => flowNodes(view.graph, positions, selected), [view.graph, positions, selected]);
  const edges = useMemo(() => flowEdges(view.graph, selected), [view.graph, selected]);
  return { nodes, edges, stale: view.stale };
}
