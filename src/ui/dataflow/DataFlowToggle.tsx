import { useDataFlowView } from './dataFlowMode.ts';

/** Toolbar button that shows or hides the data-flow view. */
export function DataFlowToggle() {
  const { open, toggle } = useDataFlowView();
  return (
    <button
      type="button"
      data-testid="view-data-flow"
      aria-pressed={open}
      className={open ? 'is-on' : undefined}
      onClick={toggle}
      title="Show which container writes and reads each volume, stage by stage in boot order"
    >
      Data flow
    </button>
  );
}
