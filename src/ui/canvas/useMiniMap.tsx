import { ControlButton, MiniMap, useStore } from '@xyflow/react';
import { useMemo, useState, type ReactNode } from 'react';
import { readItem, siteStorage, writeItem } from '../../app/index.ts';
import { graphBounds, inView } from '../../core/graph/fitViewport.ts';
import { useStudio } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import type { StudioFlowNode } from './flowTypes.ts';
import { MINIMAP_SIZE, minimapCorner, type MinimapCorner, type ScreenRect } from './minimapPlacement.ts';

const minimapClass = (n: StudioFlowNode) => `minimap-${n.type ?? 'node'}`;
const KEY = 'linuxkit-studio:minimap';
type Mode = 'auto' | 'open' | 'closed';

function savedMode(): Mode {
  const v = readItem(siteStorage(), KEY); // storage may be blocked: never throw while rendering
  return v === 'open' || v === 'closed' ? v : 'auto';
}

/** Whether the whole build is on screen (then a minimap would only cover part of it). */
function useWholeBuildInView(): boolean {
  const { graph } = useShownView();
  const positions = useStudio((s) => s.positions);
  // once per graph and layout, not in the selector: that runs on every pan and zoom (seconds over a huge build)
  const bounds = useMemo(() => graphBounds(graph, positions), [graph, positions]);
  return useStore((s) => {
    const [x, y, zoom] = s.transform;
    return bounds === null || inView(bounds, { x, y, zoom }, { width: s.width, height: s.height });
  });
}

/**
 * Where the minimap can sit without covering a node the user works on (the selected nodes, a
 * selected mount's two ends, any being dragged), hiding as little of the rest as it can; null: nowhere.
 */
function useFreeCorner(mayHide: boolean): MinimapCorner | null {
  const selection = useStudio((s) => s.selection);
  const [placed, setPlaced] = useState<MinimapCorner | null>(null);
  const corner = useStore((s) => {
    const ids = new Set(selection);
    for (const id of selection) {
      const edge = s.edgeLookup.get(id);
      if (edge) ids.add(edge.source).add(edge.target);
    }
    const [tx, ty, zoom] = s.transform;
    const busy: ScreenRect[] = [];
    const others: ScreenRect[] = [];
    for (const node of s.nodeLookup.values()) {
      if (node.type === 'lane') continue;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 0;
      const height = node.measured.height ?? 0;
      const rect = { x: x * zoom + tx, y: y * zoom + ty, width: width * zoom, height: height * zoom };
      (ids.has(node.id) || node.dragging ? busy : others).push(rect);
    }
    return minimapCorner(busy, { width: s.width, height: s.height }, others, placed, { mayHide });
  });
  // remembered for the next placement (React's "adjust state while rendering", no extra effect pass)
  if (corner && corner !== placed) setPlaced(corner);
  return corner;
}

/**
 * The minimap, shown by itself only while part of the build is out of view, so it never sits
 * over a graph that fits; a button among the zoom controls shows or hides it for good.
 */
export function useMiniMap(): { map: ReactNode; button: ReactNode } {
  const [mode, setMode] = useState<Mode>(savedMode);
  const whole = useWholeBuildInView();
  // asked for, it may cover nodes nobody works on (the user can close it); come by itself, never
  const corner = useFreeCorner(mode === 'open');
  const wanted = mode === 'open' || (mode === 'auto' && !whole);
  // the button tells what is on screen: a minimap that came by itself but found no free corner is not
  const shown = mode === 'open' || (wanted && corner !== null);
  // it would have come but found no free corner: the button says the build goes on out of view
  const hinting = !shown && wanted;
  const label = shown ? 'Hide the minimap' : hinting ? 'Show the minimap: part of the build is out of view' : 'Show the minimap';
  const toggle = () => {
    const next = shown ? 'closed' : 'open';
    setMode(next);
    writeItem(siteStorage(), KEY, next); // a refusal only means the choice is not remembered
  };
  return {
    // it moves to the top corner, or steps aside, rather than hide a node the user works on
    map:
      wanted && corner ? (
        <MiniMap pannable zoomable position={corner} style={MINIMAP_SIZE} nodeClassName={minimapClass} ariaLabel="Minimap" data-corner={corner} />
      ) : null,
    button: (
      <ControlButton
        onClick={toggle}
        className={`minimap-toggle${hinting ? ' is-hinting' : ''}`}
        data-testid="minimap-toggle"
        aria-pressed={shown}
        title={label}
        aria-label={label}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M1 3l4-2 6 2 4-2v12l-4 2-6-2-4 2zM5 2.5v10M11 4.5v10" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
      </ControlButton>
    ),
  };
}
