import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useStudio } from '../state/StudioContext.tsx';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';

/**
 * A node selected from elsewhere (the editor's cursor, the outline, a problem) that lies out of
 * view is brought to the middle of the canvas, at the same zoom. A node clicked on the canvas is
 * in view already, so this never moves the canvas under the pointer.
 */
export function useRevealSelection(): void {
  const flow = useReactFlow<StudioFlowNode, StudioFlowEdge>();
  const flowStore = useStoreApi<StudioFlowNode, StudioFlowEdge>();
  const selection = useStudio((s) => s.selection);
  useEffect(() => {
    if (selection.length !== 1) return;
    // a large build draws a selected node in this very render: its position is known a frame later
    const frame = requestAnimationFrame(() => {
      const node = flow.getInternalNode(selection[0]);
      if (!node || node.type === 'lane') return;
      const { width, height, transform } = flowStore.getState();
      const [tx, ty, zoom] = transform;
      const { x, y } = node.internals.positionAbsolute;
      const w = node.measured.width ?? 0;
      const h = node.measured.height ?? 0;
      const left = x * zoom + tx;
      const top = y * zoom + ty;
      const inView = left + w * zoom > 0 && left < width && top + h * zoom > 0 && top < height;
      if (!inView) void flow.setCenter(x + w / 2, y + h / 2, { zoom, duration: 0 });
    });
    return () => cancelAnimationFrame(frame);
  }, [selection, flow, flowStore]);
}
