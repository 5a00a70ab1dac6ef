import { lazy, Suspense } from 'react';
import { useOutlineMode } from './outlineMode.ts';

const Outline = lazy(() => import('./Outline.tsx').then((m) => ({ default: m.Outline })));

/** The outline over the canvas's left edge while the toggle is on (loaded on first use). */
export function OutlinePanel() {
  const on = useOutlineMode((s) => s.on);
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      <Outline />
    </Suspense>
  );
}
