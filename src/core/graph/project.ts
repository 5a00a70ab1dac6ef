import type { Analysis } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import { SECTIONS, type ConfigModel, type MountModel, type VolumeModel } from '../model/types.ts';
import { containerNode } from './containerNode.ts';
import { countDiagnostics, diagnosticsByElement, toElementDiagnostics } from './diagnosticsByElement.ts';
import { fileBindEdges, fileNode } from './fileNodes.ts';
import { imageRef, toImageRef } from './imageRef.ts';
import {
  KERNEL_NODE_ID,
  sequenceEdgeId,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type KernelNode,
  type MountEdge,
  type VolumeNode,
} from './types.ts';

/**
 * The graph of a config: kernel header, containers, volumes, file entries, mount, file-bind
 * and sequence edges.
 * Pure and deterministic (same analysis, same graph), so callers may memoise it on the text.
 * A mount whose volume is not defined gets no edge: it is listed in its container's
 * `inlineMounts` with `dangling: true`, and its diagnostic counts on the container.
 */
export function projectGraph(analysis: Analysis): Graph {
  const model = analysis.parsed.model;
  const diagnostics = diagnosticsByElement(analysis);
  // the model resolved each mount's volume (the first of its name); a nameless volume draws no edges
  const volumeIdFor = (m: MountModel) =>
    m.sourceKind === 'volume' && m.volumeModel?.name !== undefined ? m.volumeModel.id : undefined;

  const fileEdges = fileBindEdges(model);
  const fileBinds = new Map<string, number>();
  for (const e of fileEdges) fileBinds.set(e.target, (fileBinds.get(e.target) ?? 0) + 1);

  const nodes: GraphNode[] = [];
  const kernel = kernelNode(model, diagnostics);
  if (kernel) nodes.push(kernel);
  for (const c of model.containers) nodes.push(containerNode(c, volumeIdFor, diagnostics, fileBinds.get(c.id) ?? 0));

  const edges: GraphEdge[] = [];
  const mountCount = new Map<string, number>();
  for (const m of model.mounts) {
    const volumeId = volumeIdFor(m);
    if (volumeId === undefined) continue;
    mountCount.set(volumeId, (mountCount.get(volumeId) ?? 0) + 1);
    edges.push(mountEdge(m, volumeId, diagnostics.get(m.id) ?? []));
  }
  for (const v of model.volumes) nodes.push(volumeNode(v, mountCount.get(v.id) ?? 0, diagnostics.get(v.id) ?? []));
  const names = new Map(model.containers.map((c) => [c.id, c.name ?? '']));
  for (const f of model.files) nodes.push(fileNode(f, fileEdges, names, diagnostics.get(f.id) ?? []));
  edges.push(...fileEdges);

  const lanes = SECTIONS.map((section) => ({
    section,
    containerIds: model.containers.filter((c) => c.section === section).map((c) => c.id),
  }));
  for (const lane of lanes) {
    if (lane.section === 'services') continue; // services start together: no order to show
    for (let i = 1; i < lane.containerIds.length; i++) {
      edges.push({
        id: sequenceEdgeId(lane.section, i - 1, i),
        type: 'sequence',
        source: lane.containerIds[i - 1],
        target: lane.containerIds[i],
        data: { section: lane.section },
      });
    }
  }
  return { nodes, edges, lanes };
}

function mountEdge(m: MountModel, volumeId: string, diagnostics: Diagnostic[]): MountEdge {
  return {
    id: m.id,
    type: 'mount',
    source: volumeId,
    target: m.containerId,
    data: {
      destination: m.destination,
      readOnly: m.readOnly,
      form: m.form,
      options: m.options,
      diagnostics: toElementDiagnostics(diagnostics),
      counts: countDiagnostics(diagnostics),
    },
  };
}

function volumeNode(v: VolumeModel, mountCount: number, diagnostics: Diagnostic[]): VolumeNode {
  return {
    id: v.id,
    type: 'volume',
    data: {
      name: v.name ?? '',
      kind: v.kind,
      image: imageRef(v.image),
      platforms: v.platforms,
      readonly: v.readonly,
      format: v.format ?? null,
      mountCount,
      diagnostics: toElementDiagnostics(diagnostics),
      counts: countDiagnostics(diagnostics),
    },
  };
}

/** The header exists when the config has a `kernel:` mapping or `init:` images. */
function kernelNode(model: ConfigModel, diagnostics: ReadonlyMap<string, Diagnostic[]>): KernelNode | null {
  if (!model.kernel && model.init.length === 0) return null;
  const own = diagnostics.get(KERNEL_NODE_ID) ?? [];
  return {
    id: KERNEL_NODE_ID,
    type: 'kernel',
    data: {
      image: imageRef(model.kernel?.image),
      cmdline: model.kernel?.cmdline ?? null,
      init: model.init.map((i) => toImageRef(i.value)),
      diagnostics: toElementDiagnostics(own),
      counts: countDiagnostics(own),
    },
  };
}
