import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import type { Positions } from '../../app/index.ts';
import type { DiffState } from '../../core/diff/compareGraph.ts';
import type { Graph } from '../../core/graph/types.ts';
import { EDGE_TYPES, NODE_TYPES } from '../canvas/elementTypes.ts';
import type { StudioFlowEdge, StudioFlowNode } from '../canvas/flowTypes.ts';
import { flowEdges, flowNodes } from '../canvas/toFlow.ts';
import { useStudio } from '../state/StudioContext.tsx';

const NONE: ReadonlySet<string> = new Set();
const PRO_OPTIONS = { hideAttribution: true };

/** The compared graph, read-only, drawn with the canvas's own nodes and edges; `diff-<state>` marks each difference. */
export function CompareGraph(props: { graph: Graph; positions: Positions; states: ReadonlyMap<string, DiffState>; marked?: string }) {
  const { graph, positions, states, marked } = props;
  const theme = useStudio((s) => s.theme);
  // the change picked in the list is drawn as selected
  const selected = useMemo(() => (marked ? new Set([marked]) : NONE), [marked]);
  const nodes = useMemo(
    () => flowNodes(graph, positions, selected).map((n): StudioFlowNode => mark(n, states.get(n.id), { draggable: false, connectable: false })),
    [graph, positions, states, selected],
  );
  // fit the elements, not the lane frames (an empty lane would shrink everything); fitted once, not on every pick
  const fitViewOptions = useMemo(
    () => ({ padding: 0.08, maxZoom: 1, nodes: graph.nodes.map((n) => ({ id: n.id })) }),
    [graph],
  );
  const edges = useMemo(() => flowEdges(graph, positions, selected).map((e): StudioFlowEdge => mark(e, states.get(e.id), {})), [graph, positions, states, selected]);
  return (
    <ReactFlowProvider>
      <ReactFlow<StudioFlowNode, StudioFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        colorMode={theme}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.1}
        proOptions={PRO_OPTIONS}
        aria-label="Compared graph"
      />
    </ReactFlowProvider>
  );
}

function mark<T extends StudioFlowNode | StudioFlowEdge>(element: T, state: DiffState | undefined, extra: Partial<T>): T {
  if (!state) return { ...element, ...extra };
  return { ...element, ...extra, className: `diff-${state}`, domAttributes: { 'data-diff': state } };
}
