import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './Canvas.tsx';

/** The canvas with React Flow's store: the module App loads lazily, so React Flow and d3 stay out of the initial bundle. */
export default function FlowCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
