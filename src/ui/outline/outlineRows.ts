import type { ContainerNode, FileNode, Graph, MountEdge, VolumeNode } from '../../core/graph/types.ts';
import type { Section } from '../../core/model/types.ts';

/** One line of the graph's text outline: a stage, a container, a volume, a mount or a file entry. */
export interface OutlineRow {
  /** Unique among the rows (a mount is listed under its container and under its volume). */
  key: string;
  /** The graph element the row acts on; null for stage headings. */
  elementId: string | null;
  kind: 'stage' | 'kernel' | 'container' | 'volume' | 'mount' | 'file';
  level: number;
  label: string;
  /** For onboot/onshutdown containers: position and count, so they can be moved. */
  order?: { section: Section; index: number; count: number };
}

const STAGE: Record<Section, string> = {
  onboot: 'onboot: run in order at boot',
  services: 'services: started together',
  onshutdown: 'onshutdown: run in order at shutdown',
};

const access = (e: MountEdge) => (e.data.readOnly ? 'read-only' : 'read-write');
const problems = (n: { data: { counts: { errors: number; warnings: number } } }) => {
  const { errors, warnings } = n.data.counts;
  const parts = [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/** The graph as an outline, in the order a reader meets it: kernel, stages with their containers and mounts, volumes, files. */
export function outlineRows(graph: Graph): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const containers = graph.nodes.filter((n): n is ContainerNode => n.type === 'container');
  const volumes = graph.nodes.filter((n): n is VolumeNode => n.type === 'volume');
  const mounts = graph.edges.filter((e): e is MountEdge => e.type === 'mount');
  const mountedBy = new Map<string, { container: ContainerNode; edge: MountEdge }[]>();
  if (graph.nodes.some((n) => n.type === 'kernel')) rows.push({ key: 'kernel', elementId: 'kernel', kind: 'kernel', level: 1, label: 'kernel and init' });
  for (const lane of graph.lanes) {
    const inLane = containers.filter((c) => c.data.section === lane.section).sort((a, b) => a.data.index - b.data.index);
    rows.push({ key: `stage:${lane.section}`, elementId: null, kind: 'stage', level: 1, label: `${STAGE[lane.section]}, ${inLane.length.toLocaleString('en')} container${inLane.length === 1 ? '' : 's'}` });
    for (const c of inLane) {
      const ordered = c.data.order !== null;
      rows.push({
        key: c.id,
        elementId: c.id,
        kind: 'container',
        level: 2,
        label: `${ordered ? `${c.data.order}. ` : ''}${c.data.name || '(no name)'}, image ${c.data.image?.short ?? '(none)'}${problems(c)}`,
        ...(ordered ? { order: { section: lane.section, index: c.data.index, count: inLane.length } } : {}),
      });
      for (const e of mounts.filter((m) => m.target === c.id)) {
        const volume = volumes.find((v) => v.id === e.source);
        rows.push({ key: `${e.id}@container`, elementId: e.id, kind: 'mount', level: 3, label: `mounts volume ${volume?.data.name ?? e.source} at ${e.data.destination}, ${access(e)}${problems(e)}` });
        mountedBy.set(e.source, [...(mountedBy.get(e.source) ?? []), { container: c, edge: e }]);
      }
      for (const m of c.data.inlineMounts) {
        const what = m.dangling ? `undefined volume ${m.source}` : `${m.type} ${m.source}`;
        rows.push({ key: `${m.mountId}@container`, elementId: m.mountId, kind: 'mount', level: 3, label: `mounts ${what} at ${m.destination}, ${m.readOnly ? 'read-only' : 'read-write'}` });
      }
    }
  }
  rows.push({ key: 'stage:volumes', elementId: null, kind: 'stage', level: 1, label: `volumes, ${volumes.length.toLocaleString('en')}` });
  for (const v of volumes) {
    const users = mountedBy.get(v.id) ?? [];
    rows.push({ key: v.id, elementId: v.id, kind: 'volume', level: 2, label: `${v.data.readonly ? 'read-only ' : ''}${v.data.kind} volume ${v.data.name || '(no name)'}, ${users.length} mount${users.length === 1 ? '' : 's'}${problems(v)}` });
    for (const { container, edge } of users) {
      rows.push({ key: `${edge.id}@volume`, elementId: edge.id, kind: 'mount', level: 3, label: `mounted by ${container.data.name} at ${edge.data.destination}, ${access(edge)}` });
    }
  }
  const files = graph.nodes.filter((n): n is FileNode => n.type === 'file');
  if (files.length > 0) rows.push({ key: 'stage:files', elementId: null, kind: 'stage', level: 1, label: `files, written at build time, ${files.length}` });
  for (const f of files) {
    const { hostPath, kind, mode, readers } = f.data;
    const read = readers.length === 0 ? 'no container binds it' : `read by ${readers.map((r) => `${r.containerName || '(no name)'} at ${r.destination}`).join(', ')}`;
    rows.push({ key: f.id, elementId: f.id, kind: 'file', level: 2, label: `file ${hostPath || '(no path)'}, ${kind ?? 'nothing to write'}, mode ${mode}, ${read}${problems(f)}` });
  }
  return rows;
}
