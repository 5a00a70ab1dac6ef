import { lazy, Suspense } from 'react';
import { useDataFlowView } from './dataFlowMode.ts';

const DataFlowPanel = lazy(() => import('./DataFlowPanel.tsx').then((m) => ({ default: m.DataFlowPanel })));

/** Where the data-flow view opens, under the canvas; its code loads when first opened. */
export function DataFlowSlot() {
  const open = useDataFlowView((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={<section className="data-flow" aria-busy="true" aria-label="Data flow" />}>
      <DataFlowPanel />
    </Suspense>
  );
}
