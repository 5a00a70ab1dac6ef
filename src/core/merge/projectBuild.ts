// The graph of a build of several files: each file's graph (project.ts) joined into one, as the
// merged config runs (moby/config.go AppendConfig appends onboot, services, onshutdown and
// volumes in file order), each element marked with the file that holds its text.
import type { Analysis } from '../analyze.ts';
import { projectGraph } from '../graph/project.ts';
import { fileBindEdgeId, sequenceEdgeId, type Graph, type GraphEdge, type GraphNode, type Lane } from '../graph/types.ts';
import { SECTIONS, type VolumeModel } from '../model/types.ts';

/** One file of the build, analysed (analyzeBuild's result for it). */
export interface ProjectedFile {
  name: string;
  analysis: Analysis;
}

/** Where a build element's text lives: its file and its id within that file (what commands take). */
export interface ElementHome {
  file: string;
  id: string;
}

export interface BuildGraph {
  graph: Graph;
  /** Each build id's file and id within the file (nodes and edges). */
  homes: ReadonlyMap<string, ElementHome>;
  /** The build id of an element of a file, or undefined when the file has no such element. */
  buildId(file: string, id: string): string | undefined;
}

/**
 * Ids stay those of the file (`container:services:web`) unless two files hold the same one
 * (onboot names and volume names may repeat across files): then every holder's id gets
 * `@<file name>`, which does not depend on file order, so reordering files keeps the layout.
 * Run order numbers and sequence arrows follow the merged lists. With one file, the file's graph.
 */
export function projectBuild(files: readonly ProjectedFile[]): BuildGraph {
  const graphs = files.map((f) => projectGraph(f.analysis));
  if (files.length === 1) return soloBuild(files[0].name, graphs[0]);
  const holders = new Map<string, number>();
  graphs.forEach((g) => {
    for (const id of new Set([...g.nodes.map((n) => n.id), ...g.edges.filter((e) => e.type === 'mount').map((e) => e.id)])) {
      holders.set(id, (holders.get(id) ?? 0) + 1);
    }
  });
  const qualify = (id: string, file: number) => ((holders.get(id) ?? 0) > 1 ? `${id}@${files[file].name}` : id);
  const homes = new Map<string, ElementHome>();
  const byFile = files.map(() => new Map<string, string>());
  const home = (localId: string, file: number): string => {
    const id = qualify(localId, file);
    homes.set(id, { file: files[file].name, id: localId });
    byFile[file].set(localId, id);
    return id;
  };

  // which file's volume each mount names: a build resolves binds against the last file's volumes
  const volumeFile = new Map<VolumeModel, number>();
  files.forEach((f, i) => {
    for (const v of f.analysis.parsed.model.volumes) volumeFile.set(v, i);
  });

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  graphs.forEach((g, file) => {
    const marked = { file: files[file].name };
    for (const n of g.nodes) {
      const id = home(n.id, file);
      if (n.type === 'container') {
        const inlineMounts = n.data.inlineMounts.map((m) => ({ ...m, mountId: qualify(m.mountId, file) }));
        nodes.push({ ...n, id, ...marked, data: { ...n.data, inlineMounts } });
      } else {
        nodes.push({ ...n, id, ...marked } as GraphNode);
      }
    }
    const mountVolume = new Map(files[file].analysis.parsed.model.mounts.map((m) => [m.id, m.volumeModel]));
    for (const e of g.edges) {
      if (e.type === 'sequence') continue; // drawn again over the merged run order
      if (e.type === 'mount') {
        const volume = mountVolume.get(e.id);
        const from = volume ? (volumeFile.get(volume) ?? file) : file;
        edges.push({ ...e, id: home(e.id, file), source: qualify(e.source, from), target: qualify(e.target, file), ...marked });
      } else {
        const source = qualify(e.source, file);
        const target = qualify(e.target, file);
        edges.push({ ...e, id: home(fileBindEdgeId(source, target), file), source, target, ...marked });
      }
    }
  });

  const lanes: Lane[] = SECTIONS.map((section) => ({
    section,
    containerIds: graphs.flatMap((g, file) => g.lanes.find((l) => l.section === section)!.containerIds.map((id) => qualify(id, file))),
  }));
  const runOrder = new Map<string, number>();
  for (const lane of lanes) {
    if (lane.section === 'services') continue; // services start together: no order to show
    lane.containerIds.forEach((id, i) => runOrder.set(id, i + 1));
    for (let i = 1; i < lane.containerIds.length; i++) {
      const id = sequenceEdgeId(lane.section, i - 1, i);
      edges.push({ id, type: 'sequence', source: lane.containerIds[i - 1], target: lane.containerIds[i], data: { section: lane.section } });
    }
  }
  // a volume's mounts come from every file (a container of one file binds a volume of the last)
  const mountCount = new Map<string, number>();
  for (const e of edges) if (e.type === 'mount') mountCount.set(e.source, (mountCount.get(e.source) ?? 0) + 1);
  const ordered = nodes.map((n) => {
    if (n.type === 'container' && runOrder.has(n.id)) return { ...n, data: { ...n.data, order: runOrder.get(n.id)! } };
    if (n.type === 'volume' && n.data.mountCount !== (mountCount.get(n.id) ?? 0)) return { ...n, data: { ...n.data, mountCount: mountCount.get(n.id) ?? 0 } };
    return n;
  });
  const fileIndex = new Map(files.map((f, i) => [f.name, i]));
  return {
    graph: { nodes: ordered, edges, lanes },
    homes,
    buildId: (file, id) => byFile[fileIndex.get(file) ?? -1]?.get(id),
  };
}

/** A build of one file: its graph as it is, every id its own. */
function soloBuild(file: string, graph: Graph): BuildGraph {
  const homes = new Map<string, ElementHome>();
  for (const e of [...graph.nodes, ...graph.edges]) homes.set(e.id, { file, id: e.id });
  return { graph, homes, buildId: (f, id) => (f === file && homes.has(id) ? id : undefined) };
}
