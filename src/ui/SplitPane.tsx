import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { readItem, siteStorage, writeItem } from '../app/index.ts';

/** A horizontal split with a draggable (and keyboard-operable) divider; the width is remembered. */
export function SplitPane({ left, right, storageKey }: { left: ReactNode; right: ReactNode; storageKey: string }) {
  const [rightWidth, setRightWidth] = useState(() => {
    const saved = Number(readItem(siteStorage(), storageKey));
    // first visit: under a third of the window, so the graph fits at a legible zoom on a 1440-pixel screen
    return saved >= 280 ? saved : Math.round(Math.min(560, Math.max(360, (globalThis.innerWidth || 1440) * 0.28)));
  });
  const box = useRef<HTMLDivElement>(null);
  const set = useCallback(
    (w: number) => {
      const max = (box.current?.clientWidth ?? 1200) - 360;
      const width = Math.max(280, Math.min(w, max));
      setRightWidth(width);
      // a width that cannot be remembered (storage blocked or full) still applies
      writeItem(siteStorage(), storageKey, String(Math.round(width)));
    },
    [storageKey],
  );
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !box.current) return;
    const rect = box.current.getBoundingClientRect();
    set(rect.right - e.clientX);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowLeft') set(rightWidth + 24);
    if (e.key === 'ArrowRight') set(rightWidth - 24);
  };
  return (
    <div className="split" ref={box} style={{ gridTemplateColumns: `minmax(0, 1fr) 6px ${rightWidth}px` }}>
      {left}
      <div
        className="split-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the editor"
        aria-valuenow={Math.round(rightWidth)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      {right}
    </div>
  );
}
