import { useCallback, useEffect, useRef } from 'react';

/**
 * A `<details>` menu of the toolbar. Its items are placed `position: fixed` under the summary when it
 * opens: the toolbar scrolls sideways at narrow widths, and a scroll box clips anything absolutely
 * positioned inside it (the menus opened as a sliver behind the canvas). It closes on a pointer down
 * outside it, and when the window resizes or a box around it scrolls (the items would be left behind).
 */
export function useToolbarMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => menu.current?.removeAttribute('open'), []);
  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) close();
    };
    const scrolled = (e: Event) => {
      if (menu.current && e.target instanceof Node && e.target.contains(menu.current)) close();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('scroll', scrolled, true);
    window.addEventListener('resize', close);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('scroll', scrolled, true);
      window.removeEventListener('resize', close);
    };
  }, [close]);
  const onToggle = useCallback(() => {
    const details = menu.current;
    const summary = details?.querySelector('summary');
    const items = details?.querySelector<HTMLElement>('[role="menu"]');
    if (!details?.open || !summary || !items) return;
    const at = summary.getBoundingClientRect();
    items.style.top = `${Math.round(at.bottom + 4)}px`;
    // inside the window, however close to its right edge the button is
    items.style.left = `${Math.round(Math.max(8, Math.min(at.left, window.innerWidth - items.offsetWidth - 8)))}px`;
  }, []);
  return { menu, close, onToggle };
}
