import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useStudioStore } from '../state/StudioContext.tsx';

/** When a whole new text is opened (file, example, share link), fit the new graph into view. */
export function useFitViewOnOpen(): void {
  const store = useStudioStore();
  const flow = useReactFlow();
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.change === prev.change || state.change.origin !== 'load') return;
        // wait for React Flow to render and measure the new nodes
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const ids = flow.getNodes().filter((n) => n.type !== 'lane').map((n) => ({ id: n.id }));
            void flow.fitView({ padding: 0.06, maxZoom: 1, nodes: ids, duration: 0 });
          }),
        );
      }),
    [store, flow],
  );
}
