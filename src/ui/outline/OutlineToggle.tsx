import { useOutlineMode } from './outlineMode.ts';

export function OutlineToggle() {
  const { on, toggle } = useOutlineMode();
  return (
    <button type="button" data-testid="outline-toggle" data-opens-outline aria-pressed={on} onClick={toggle} title="The graph as a text outline (for the keyboard and screen readers); opening it moves the focus into it">
      Outline
    </button>
  );
}
