import { useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useStudioStore } from '../state/StudioContext.tsx';
import { useLegibleFit } from './useLegibleFit.ts';

/**
 * Fits the graph into view once the canvas has a size, and again whenever a whole new text
 * is opened (file, example, New, share link).
 */
export function useFitViewOnOpen(): void {
  const store = useStudioStore();
  const fit = useLegibleFit();
  const hasSize = useStore((s) => s.width > 0 && s.height > 0);
  const fitted = useRef(false);
  useEffect(() => {
    if (hasSize && !fitted.current) fitted.current = fit();
  }, [hasSize, fit]);
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.change === prev.change || state.change.origin !== 'load') return;
        // after React has rendered the new graph (its positions are in the store already)
        requestAnimationFrame(() => fit());
      }),
    [store, fit],
  );
}
