import { Background, ControlButton, Controls, ReactFlow, useStore } from '@xyflow/react';
import { useRef } from 'react';
import { useStudio } from '../state/StudioContext.tsx';
import { EDGE_TYPES, NODE_TYPES } from './elementTypes.ts';
import { useArrowNavigation } from './useArrowNavigation.ts';
import { useCanvasHandlers } from './useCanvasHandlers.ts';
import { useFitViewOnOpen } from './useFitViewOnOpen.ts';
import { useFlowElements } from './useFlowElements.ts';
import { useLegibleFit } from './useLegibleFit.ts';
import { useMiniMap } from './useMiniMap.tsx';
import { OpenProgress } from './OpenProgress.tsx';
import { PartialDrawing } from './PartialDrawing.tsx';
import { useProgressiveElements } from './useProgressiveElements.ts';
import { useRevealSelection } from './useRevealSelection.ts';
import './canvas.css';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';


const ZOOMED_OUT = 0.45;
const NO_NODES: StudioFlowNode[] = [];
const NO_EDGES: StudioFlowEdge[] = [];
// the attribution is hidden, so React Flow's "please only hide this attribution" notice is not needed either
const PRO_OPTIONS = { hideAttribution: true };

export function Canvas() {
  const { nodes, edges, stale, pending, notDrawn, setMeasured } = useFlowElements();
  // hundreds of new nodes are drawn a chunk per task, so the page answers while a large config opens
  const opened = useStudio((s) => s.change.origin === 'load');
  // while an opened config is read in the background, the previous one's nodes (without positions in the new layout) are not drawn
  const reading = opened && pending;
  const drawn = useProgressiveElements(reading ? NO_NODES : nodes, reading ? NO_EDGES : edges, opened);
  // far out, node text is unreadable anyway: hide its rows (same size) so painting stays cheap
  const zoomedOut = useStore((s) => s.transform[2] < ZOOMED_OUT);
  const theme = useStudio((s) => s.theme);
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useCanvasHandlers(nodes, stale, setMeasured);
  const fit = useLegibleFit();
  const minimap = useMiniMap();
  useFitViewOnOpen();
  useArrowNavigation(wrapper);
  useRevealSelection();
  return (
    <div className={`canvas${stale ? ' is-stale' : ''}${zoomedOut ? ' is-zoomed-out' : ''}`} ref={wrapper} data-testid="canvas">
      {stale && (
        <div className="stale-banner" role="status">
          The YAML does not parse: the graph shows the last good state and is read-only until the text is fixed.
        </div>
      )}
      {!stale && !drawn.progress && <PartialDrawing notDrawn={notDrawn} />}
      <OpenProgress drawing={drawn.progress} />
      <ReactFlow<StudioFlowNode, StudioFlowEdge>
        nodes={drawn.nodes}
        edges={drawn.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
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
        {minimap.map}
        <Controls aria-label="Zoom and fit controls" showFitView={false}>
          {/* our fit: the whole build, never below legible text (React Flow's would zoom out without limit) */}
          <ControlButton className="react-flow__controls-fitview" onClick={() => fit()} title="Fit view" aria-label="Fit view">
            <svg viewBox="0 0 32 30" aria-hidden="true">
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
          {minimap.button}
        </Controls>
      </ReactFlow>
    </div>
  );
}
