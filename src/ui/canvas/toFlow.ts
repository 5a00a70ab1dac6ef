import { laneFrames, mountPorts, type MountPort } from '../../core/graph/layout.ts';
import type { DrawnGraph } from '../../core/graph/drawBudget.ts';
import type { Graph, GraphNode } from '../../core/graph/types.ts';
import type { Positions } from '../../app/index.ts';
import type { LaneFlowNode, StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';
import { fileDescription } from './nodes/fileDescription.ts';
import { portHandleId } from './nodes/PortHandles.tsx';

/** Column frames drawn behind the nodes (they also pick the lane of a palette drop). */
export function laneNodes(graph: Graph, positions: Positions, notDrawn: DrawnGraph['notDrawn'] = {}): LaneFlowNode[] {
  const counts = new Map<string, number>(graph.lanes.map((l) => [l.section, l.containerIds.length]));
  counts.set('volumes', graph.nodes.filter((n) => n.type === 'volume').length);
  counts.set('files', graph.nodes.filter((n) => n.type === 'file').length);
  return laneFrames(graph, positions).map((f) => ({
    id: `lane:${f.key}`,
    type: 'lane',
    position: { x: f.x, y: f.y },
    // the count is the whole lane's, drawn or not
    data: { section: f.key, count: (counts.get(f.key) ?? 0) + (notDrawn[f.key] ?? 0), notDrawn: notDrawn[f.key] ?? 0, width: f.width, height: f.height },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    zIndex: -1,
  }));
}

/** Graph + session positions → React Flow nodes (lanes first, so they are drawn behind). */
export function flowNodes(
  graph: Graph,
  positions: Positions,
  selection: ReadonlySet<string>,
  notDrawn: DrawnGraph['notDrawn'] = {},
): StudioFlowNode[] {
  const out: StudioFlowNode[] = laneNodes(graph, positions, notDrawn);
  for (const node of graph.nodes) {
    out.push(toFlowNode(node, positions[node.id] ?? { x: 0, y: 0 }, selection.has(node.id)));
  }
  return out;
}

function toFlowNode(node: GraphNode, position: { x: number; y: number }, selected: boolean): StudioFlowNode {
  const inFile = node.file === undefined ? '' : `, in ${node.file}`;
  const common = { id: node.id, position, selected, ariaLabel: ariaLabelOf(node) + inFile };
  // in a build of several files the node tells its file
  const data = (node.file === undefined ? node.data : { ...node.data, file: node.file }) as never;
  switch (node.type) {
    case 'container':
      return { ...common, type: 'container', data };
    case 'volume':
      return { ...common, type: 'volume', data };
    case 'kernel':
      return { ...common, type: 'kernel', data, connectable: false };
    case 'file':
      return { ...common, type: 'file', data, connectable: false };
  }
}

function ariaLabelOf(node: GraphNode): string {
  switch (node.type) {
    case 'container':
      return `${node.data.section} container ${node.data.name}`;
    case 'volume':
      // screen readers hear the node's name from here, not from the card inside it
      return `${node.data.readonly ? 'read-only ' : ''}volume ${node.data.name}`;
    case 'kernel':
      return 'kernel and init';
    case 'file':
      return fileDescription(node.data);
  }
}

/** The ends of a mount or file-bind edge: the source's side facing the container, the container's port facing the source. */
function portEnds(e: { id: string; source: string; target: string }, port: MountPort | undefined, sourceHandle: string) {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    sourceHandle: port?.sourceSide === 'left' ? `${sourceHandle}-left` : sourceHandle,
    targetHandle: port ? portHandleId(port.targetSide, port.index) : 'mount',
  };
}

/** Mount (and file-bind) edges leave the volume (file) and enter the container on the sides facing each other, each at its own port. */
export function flowEdges(graph: Graph, positions: Positions, selection: ReadonlySet<string>): StudioFlowEdge[] {
  const ports = mountPorts(graph, positions);
  return graph.edges.map((e): StudioFlowEdge => {
    const port = ports.get(e.id);
    const labelSide = port?.targetSide ?? 'left';
    if (e.type === 'file-bind') {
      // the file node is what one selects and focuses: it says who reads the file
      return { ...portEnds(e, port, 'file'), type: 'file-bind', data: { ...e.data, labelSide }, selectable: false, focusable: false };
    }
    return e.type === 'mount'
      ? {
          ...portEnds(e, port, 'mount'),
          type: 'mount',
          data: { ...e.data, labelSide } as never,
          selected: selection.has(e.id),
          ariaLabel: `mount ${e.data.destination} ${e.data.readOnly ? 'read-only' : 'read-write'}`,
          // the label (MountEdge) is the edge's one tab stop, with a visible focus ring
          focusable: false,
        }
      : {
          id: e.id,
          type: 'sequence',
          source: e.source,
          target: e.target,
          sourceHandle: 'seq-out',
          targetHandle: 'seq-in',
          data: e.data,
          selectable: false,
          focusable: false,
        };
  });
}
