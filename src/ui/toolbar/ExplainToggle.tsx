import { useExplainMode } from '../explain/explainMode.ts';

export function ExplainToggle() {
  const { on, toggle } = useExplainMode();
  return (
    <button type="button" data-testid="explain-toggle" aria-pressed={on} className={on ? 'is-on' : undefined} onClick={toggle} title="Explain volumes and mounts in plain words (for teaching)">
      Explain
    </button>
  );
}
