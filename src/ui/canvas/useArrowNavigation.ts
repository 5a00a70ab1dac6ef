import { useEffect, type RefObject } from 'react';

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Arrow keys on a focused node move the focus to the nearest node that way (React Flow pans
 * to it); Shift+Arrow is left to React Flow, which moves the selected node. Enter selects.
 */
export function useArrowNavigation(wrapper: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const dir = DIRECTIONS[e.key];
      const from = e.target as HTMLElement;
      if (!dir || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || !from.classList.contains('react-flow__node')) return;
      e.preventDefault();
      e.stopPropagation();
      nearestNode(root, from, dir)?.focus();
    };
    root.addEventListener('keydown', onKeyDown, true);
    return () => root.removeEventListener('keydown', onKeyDown, true);
  }, [wrapper]);
}

function nearestNode(root: HTMLElement, from: HTMLElement, [dx, dy]: [number, number]): HTMLElement | null {
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const a = centre(from);
  let best: { el: HTMLElement; score: number } | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('.react-flow__node[tabindex]:not(.react-flow__node-lane)')) {
    if (el === from) continue;
    const b = centre(el);
    const along = (b.x - a.x) * dx + (b.y - a.y) * dy;
    if (along <= 1) continue;
    const across = Math.abs((b.x - a.x) * dy + (b.y - a.y) * dx);
    const score = along + 2 * across; // prefer what lies straight ahead
    if (!best || score < best.score) best = { el, score };
  }
  return best?.el ?? null;
}
