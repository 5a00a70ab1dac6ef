import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { graphBounds, legibleViewport } from '../../core/graph/fitViewport.ts';
import { useStudioObject } from '../state/StudioContext.tsx';

/** The zoom controls take the bottom-left corner: the fitted graph keeps that strip free. */
const CANVAS_INSETS = { left: 56, right: 16, top: 16, bottom: 16 };

/**
 * Fits the whole build into the canvas, never so far out that names fall below 11 px
 * (core/graph/fitViewport.ts). Bounds come from the layout, not the DOM, so it works
 * before React Flow has measured the nodes. Returns whether the canvas had a size.
 */
export function useLegibleFit(): () => boolean {
  const studio = useStudioObject();
  const { store } = studio;
  const flowStore = useStoreApi();
  const flow = useReactFlow();
  return useCallback(() => {
    const { width, height } = flowStore.getState();
    if (width === 0 || height === 0) return false;
    const state = store.getState();
    const bounds = graphBounds(studio.views.shown(studio.files()).graph, state.positions);
    if (bounds) void flow.setViewport(legibleViewport(bounds, { width, height }, CANVAS_INSETS), { duration: 0 });
    return true;
  }, [studio, store, flowStore, flow]);
}
