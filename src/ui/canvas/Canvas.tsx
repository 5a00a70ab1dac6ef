import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
  type EdgeTypes,
  type FitViewOptions,
  type NodeTypes,
} from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { useStudio } from '../state/StudioContext.tsx';
import { MountEdge } from './edges/MountEdge.tsx';
import { SequenceEdge } from './edges/SequenceEdge.tsx';
import { ContainerNode } from './nodes/ContainerNode.tsx';
import { KernelNode } from './nodes/KernelNode.tsx';
import { LaneNode } from './nodes/LaneNode.tsx';
import { VolumeNode } from './nodes/VolumeNode.tsx';
import { useArrowNavigation } from './useArrowNavigation.ts';
import { useCanvasHandlers } from './useCanvasHandlers.ts';
import { useFitViewOnOpen } from './useFitViewOnOpen.ts';
import { useFlowElements } from './useFlowElements.ts';
import './canvas.css';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';

const nodeTypes: NodeTypes = { container: ContainerNode, volume: VolumeNode, kernel: KernelNode, lane: LaneNode };
const edgeTypes: EdgeTypes = { mount: MountEdge, sequence: SequenceEdge };

const ZOOMED_OUT = 0.45;
const PRO_OPTIONS = { hideAttribution: true };
const minimapClass = (n: StudioFlowNode) => `minimap-${n.type ?? 'node'}`;

export function Canvas() {
  const { nodes, edges, stale, setMeasured } = useFlowElements();
  // far out, node text is unreadable anyway: hide its rows (same size) so painting stays cheap
  const zoomedOut = useStore((s) => s.transform[2] < ZOOMED_OUT);
  const theme = useStudio((s) => s.theme);
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useCanvasHandlers(nodes, stale, setMeasured);
  // fit the content, not the lane frames (an empty onshutdown lane would shrink everything)
  const fitViewOptions = useMemo<FitViewOptions>(
    () => ({ padding: 0.06, maxZoom: 1, nodes: nodes.filter((n) => n.type !== 'lane').map((n) => ({ id: n.id })) }),
    [nodes],
  );
  // React Flow reads these once, for its first fit; a prop that changed with the nodes updated its
  // store (and every node's and edge's subscription) on each keystroke and drag step
  const [initialFit] = useState(fitViewOptions);
  useFitViewOnOpen();
  useArrowNavigation(wrapper);
  return (
    <div className={`canvas${stale ? ' is-stale' : ''}${zoomedOut ? ' is-zoomed-out' : ''}`} ref={wrapper} data-testid="canvas">
      {stale && (
        <div className="stale-banner" role="status">
          The YAML does not parse: the graph shows the last good state and is read-only until the text is fixed.
        </div>
      )}
      <ReactFlow<StudioFlowNode, StudioFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onConnect={handlers.onConnect}
        isValidConnection={handlers.isValidConnection}
        onNodeDragStop={handlers.onNodeDragStop}
        onDrop={handlers.onDrop}
        onDragOver={handlers.onDragOver}
        nodesDraggable
        nodesConnectable={!stale}
        elementsSelectable
        deleteKeyCode={null}
        colorMode={theme}
        fitView
        fitViewOptions={initialFit}
        minZoom={0.1}
        proOptions={PRO_OPTIONS}
        aria-label="Config graph"
      >
        <svg className="flow-defs" aria-hidden="true">
          <defs>
            <marker id="seq-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
            </marker>
          </defs>
        </svg>
        <Background gap={24} size={1} />
        <MiniMap pannable zoomable style={{ width: 150, height: 100 }} nodeClassName={minimapClass} ariaLabel="Minimap" />
        <Controls aria-label="Zoom and fit controls" fitViewOptions={fitViewOptions} />
      </ReactFlow>
    </div>
  );
}
