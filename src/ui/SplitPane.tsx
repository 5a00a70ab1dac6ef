import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { readItem, siteStorage, writeItem } from '../app/index.ts';

/** How a split lays out: side by side (the right pane sized) or stacked (the top pane sized). */
interface Axis {
  /** the sized pane's size before the user moves the divider */
  initial: () => number;
  min: number;
  /** room the other pane keeps */
  keep: number;
  template: (track: string) => string;
  /** the size a pointer at (x, y) asks for, in the split's rectangle */
  sizeAt: (rect: DOMRect, e: { clientX: number; clientY: number }) => number;
  grow: string;
  shrink: string;
  orientation: 'vertical' | 'horizontal';
}

const COLUMNS: Axis = {
  // first visit: under a third of the window, so the graph fits at a legible zoom on a 1440-pixel screen
  initial: () => Math.round(Math.min(560, Math.max(360, (globalThis.innerWidth || 1440) * 0.28))),
  min: 280,
  keep: 360,
  template: (track) => `minmax(0, 1fr) 6px ${track}`,
  sizeAt: (rect, e) => rect.right - e.clientX,
  grow: 'ArrowLeft',
  shrink: 'ArrowRight',
  orientation: 'vertical',
};

const ROWS: Axis = {
  // first visit: the top pane takes 40% of the column under the toolbar (the editor the rest)
  initial: () => Math.round(((globalThis.innerHeight || 900) - 56) * 0.4),
  min: 120,
  keep: 220,
  template: (track) => `minmax(0, ${track}) 6px minmax(0, 1fr)`,
  sizeAt: (rect, e) => e.clientY - rect.top,
  grow: 'ArrowDown',
  shrink: 'ArrowUp',
  orientation: 'horizontal',
};

/**
 * Two panes and a draggable (and keyboard-operable) divider; the size is remembered.
 * `columns`: side by side, the second pane's width is set; `rows`: stacked, the first pane's height.
 */
export function SplitPane(props: { first: ReactNode; second: ReactNode; storageKey: string; label: string; layout?: 'columns' | 'rows'; className?: string }) {
  const { first, second, storageKey, label } = props;
  const axis = props.layout === 'rows' ? ROWS : COLUMNS;
  const [size, setSize] = useState<number>(() => {
    const saved = Number(readItem(siteStorage(), storageKey));
    return saved >= axis.min ? saved : axis.initial();
  });
  const box = useRef<HTMLDivElement>(null);
  const set = useCallback(
    (s: number) => {
      const whole = box.current ? (axis === ROWS ? box.current.clientHeight : box.current.clientWidth) : 1200;
      const next = Math.max(axis.min, Math.min(s, whole - axis.keep));
      setSize(next);
      // a size that cannot be remembered (storage blocked or full) still applies
      writeItem(siteStorage(), storageKey, String(Math.round(next)));
    },
    [axis, storageKey],
  );
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !box.current) return;
    set(axis.sizeAt(box.current.getBoundingClientRect(), e));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === axis.grow) set(size + 24);
    if (e.key === axis.shrink) set(size - 24);
  };
  const track = `${size}px`;
  const style = axis === ROWS ? { gridTemplateRows: axis.template(track) } : { gridTemplateColumns: axis.template(track) };
  return (
    <div className={`split split-${axis === ROWS ? 'rows' : 'columns'}${props.className ? ` ${props.className}` : ''}`} ref={box} style={style}>
      {first}
      <div
        className="split-divider"
        role="separator"
        aria-orientation={axis.orientation}
        aria-label={label}
        aria-valuenow={Math.round(size)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      {second}
    </div>
  );
}
