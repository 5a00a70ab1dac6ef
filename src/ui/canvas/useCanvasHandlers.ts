import { useReactFlow, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, type DragEvent } from 'react';
import type { Section } from '../../core/model/types.ts';
import { reorderCommand, type StudioStore } from '../../app/index.ts';
import { PALETTE_MIME, readPaletteItem } from '../palette/dragData.ts';
import { useStudioObject } from '../state/StudioContext.tsx';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';
import type { MeasuredSizes } from './useFlowElements.ts';

/** The canvas's event handlers: every edit goes through a core command on the text. */
export function useCanvasHandlers(
  nodes: StudioFlowNode[],
  stale: boolean,
  setMeasured: (update: (m: MeasuredSizes) => MeasuredSizes) => void,
) {
  const studio = useStudioObject();
  const { store } = studio;
  const flow = useReactFlow();

  // Positions and selection are controlled by the store: apply React Flow's changes there.
  const onNodesChange = useCallback(
    (changes: NodeChange<StudioFlowNode>[]) => {
      const moved: Record<string, { x: number; y: number }> = {};
      for (const c of changes) if (c.type === 'position' && c.position) moved[c.id] = c.position;
      if (Object.keys(moved).length > 0) store.getState().movePositions(moved);
      applySelectChanges(store, changes);
      const sized = changes.filter((c) => c.type === 'dimensions' && c.dimensions);
      if (sized.length > 0) {
        setMeasured((m) => {
          const next = { ...m };
          for (const c of sized) if (c.type === 'dimensions' && c.dimensions) next[c.id] = c.dimensions;
          return next;
        });
      }
    },
    [store, setMeasured],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<StudioFlowEdge>[]) => applySelectChanges(store, changes),
    [store],
  );

  const isValidConnection = useCallback((c: Connection | Edge) => {
    const ends = [c.source, c.target];
    return ends.some((id) => id.startsWith('volume:')) && ends.some((id) => id.startsWith('container:'));
  }, []);

  const onConnect = useCallback(
    (c: Connection) => {
      const volumeId = c.source.startsWith('volume:') ? c.source : c.target;
      const containerId = c.source.startsWith('container:') ? c.source : c.target;
      studio.dispatch({ type: 'connect', volumeId, containerId }, { label: 'Connect' });
    },
    [studio],
  );

  const onNodeDragStop = useCallback(
    (_e: unknown, node: StudioFlowNode) => {
      if (node.type !== 'container' || stale) return;
      const state = store.getState();
      const files = studio.files();
      // one file: the shown graph is the build's (building the view of a large text would analyse it on the page at every drop)
      const build = files.length > 1 ? studio.views.build(files) : null;
      const graph = build ? build.graph : studio.views.shown(files).graph;
      const command = reorderCommand(graph, state.positions, node.id, (id) => (build ? build.home(id)?.file : files[0].name));
      if (command) studio.dispatch(command, { label: 'Reorder' });
    },
    [studio, store, stale],
  );

  const lanes = useMemo(() => nodes.filter((n) => n.type === 'lane'), [nodes]);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const item = readPaletteItem(e.dataTransfer);
      if (!item) return;
      e.preventDefault();
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      if (item.kind === 'volume') {
        studio.dispatch({ type: 'addVolume', kind: item.volumeKind }, { label: 'Add volume', at });
        return;
      }
      const dropped = laneAt(lanes, at);
      const section = item.section ?? dropped;
      const result = studio.dispatch(
        { type: 'addContainer', section, ...(item.image ? { image: item.image } : {}) },
        { label: 'Add container', at },
      );
      // a package made for one stage goes there, wherever it is dropped: say so rather than surprise
      if (result.ok && item.section && item.section !== dropped) {
        store.getState().showNotice('info', `\`${item.name ?? 'This package'}\` is a LinuxKit package that runs in ${item.section}: it was added there, not to ${dropped}.`);
      }
    },
    [flow, studio, store, lanes],
  );

  return { onNodesChange, onEdgesChange, isValidConnection, onConnect, onNodeDragStop, onDragOver, onDrop };
}

/** The section lane under the point, else the nearest one (a drop outside every lane goes to the closest). */
function laneAt(lanes: StudioFlowNode[], at: { x: number; y: number }): Section {
  let best: Section = 'services';
  let bestDistance = Infinity;
  for (const lane of lanes) {
    if (lane.type !== 'lane') continue;
    const { width, height, section } = lane.data;
    if (section === 'volumes' || section === 'files') continue;
    const { x, y } = lane.position;
    const dx = Math.max(x - at.x, 0, at.x - x - width);
    const dy = Math.max(y - at.y, 0, at.y - y - height);
    const distance = Math.hypot(dx, dy);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = section;
    }
  }
  return best;
}

function applySelectChanges(store: StudioStore, changes: ReadonlyArray<{ type: string; id?: string; selected?: boolean }>): void {
  const selects = changes.filter((c): c is { type: 'select'; id: string; selected: boolean } => c.type === 'select');
  if (selects.length === 0) return;
  const state = store.getState();
  const next = new Set(state.selection);
  for (const c of selects) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  state.setSelection([...next].sort());
}
