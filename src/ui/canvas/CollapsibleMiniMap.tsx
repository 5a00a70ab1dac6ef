import { MiniMap } from '@xyflow/react';
import { useState } from 'react';
import type { StudioFlowNode } from './flowTypes.ts';

const minimapClass = (n: StudioFlowNode) => `minimap-${n.type ?? 'node'}`;
const KEY = 'linuxkit-studio:minimap';

/**
 * The minimap, which the user can fold away to a small button so it never sits over the
 * node they work on (the choice is remembered).
 */
export function CollapsibleMiniMap() {
  const [open, setOpen] = useState(() => globalThis.localStorage?.getItem(KEY) !== 'closed');
  const toggle = () => {
    setOpen(!open);
    globalThis.localStorage?.setItem(KEY, open ? 'closed' : 'open');
  };
  return (
    <>
      {open && <MiniMap pannable zoomable style={{ width: 150, height: 100 }} nodeClassName={minimapClass} ariaLabel="Minimap" />}
      <button
        type="button"
        className={`minimap-toggle nodrag nopan${open ? ' is-open' : ''}`}
        data-testid="minimap-toggle"
        aria-pressed={open}
        onClick={toggle}
        title={open ? 'Hide the minimap' : 'Show the minimap'}
      >
        {open ? 'Hide map' : 'Map'}
      </button>
    </>
  );
}
