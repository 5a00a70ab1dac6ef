import { optionsReadOnly } from '../model/mounts.ts';
import type { ConfigModel } from '../model/types.ts';
import { volumeOfSource } from '../runtime/mounts.ts';
import type { ContainerRuntime } from '../runtime/types.ts';
import { flowFindings } from './findings.ts';
import type { DataFlow, FlowAccess, FlowStage, FlowTarget } from './types.ts';

/** Boot order: each onboot container in turn, then the services together, then each onshutdown container. */
function stagesOf(runtimes: readonly ContainerRuntime[]): FlowStage[] {
  const stage = (id: string, section: FlowStage['section'], rs: ContainerRuntime[]): FlowStage => ({
    id,
    section,
    containers: rs.map((r) => ({ id: r.containerId, name: r.name })),
    accesses: [],
  });
  const of = (section: FlowStage['section']) => runtimes.filter((r) => r.section === section);
  const services = of('services');
  return [
    ...of('onboot').map((r, i) => stage(`onboot:${i + 1}`, 'onboot', [r])),
    ...(services.length ? [stage('services', 'services', services)] : []),
    ...of('onshutdown').map((r, i) => stage(`onshutdown:${i + 1}`, 'onshutdown', [r])),
  ];
}

function overlaps(a: string, b: string): boolean {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);
  return within(a, b) || within(b, a);
}

/**
 * Which container writes and which reads each volume, stage by stage, from the runtime mounts;
 * host paths appear when several containers bind the same one, or one inside
 * another's (image defaults included).
 */
export function dataFlow(model: ConfigModel, runtimes: readonly ContainerRuntime[]): DataFlow {
  const stages = stagesOf(runtimes);
  const stageOf = new Map(stages.flatMap((s) => s.containers.map((c) => [c.id, s] as const)));
  const all: FlowAccess[] = [];
  for (const r of runtimes) {
    const stage = stageOf.get(r.containerId);
    if (!stage) continue;
    for (const m of r.mounts) {
      if (m.type !== 'bind') continue;
      const volume = m.volume ?? volumeOfSource(m.source);
      all.push({
        stage: stage.id,
        containerId: r.containerId,
        containerName: r.name,
        target: volume ?? m.source,
        kind: volume !== undefined ? 'volume' : 'host',
        access: optionsReadOnly(m.options) ? 'read' : 'write',
        destination: m.destination,
        origin: m.origin,
        ...(m.mountId ? { mountId: m.mountId } : {}),
        ...(m.span ? { span: m.span } : {}),
      });
    }
  }
  const hosts = all.filter((a) => a.kind === 'host');
  // a host path is shared when another container binds it, a folder above it or one inside it
  const shared = (a: FlowAccess) => hosts.some((b) => b.containerId !== a.containerId && overlaps(a.target, b.target));
  const shown = all.filter((a) => a.kind === 'volume' || shared(a));
  for (const a of shown) stageOf.get(a.containerId)?.accesses.push(a);
  const targets: FlowTarget[] = [];
  for (const a of shown) {
    if (targets.some((t) => t.name === a.target && t.kind === a.kind)) continue;
    const vol = a.kind === 'volume' ? model.names.volumes.get(a.target) : undefined;
    targets.push({ name: a.target, kind: a.kind, ...(vol ? { blank: vol.kind === 'blank' } : {}) });
  }
  targets.sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : 1) : a.kind === 'volume' ? -1 : 1));
  return { stages, targets, findings: flowFindings(stages, targets, runtimes) };
}
