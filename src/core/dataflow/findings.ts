import type { ContainerRuntime, Origin } from '../runtime/types.ts';
import type { FlowAccess, FlowFinding, FlowStage, FlowTarget } from './types.ts';

const WHO: Record<Origin, string> = { linuxkit: "LinuxKit's own", image: "the image's default", config: "the file's" };

/** What is wrong or surprising in the data flow, in boot order. */
export function flowFindings(stages: readonly FlowStage[], targets: readonly FlowTarget[], runtimes: readonly ContainerRuntime[]): FlowFinding[] {
  const out: FlowFinding[] = [];
  for (const t of targets.filter((x) => x.kind === 'volume' && x.blank)) out.push(...blankVolumeFindings(stages, t.name));
  for (const t of targets.filter((x) => x.kind === 'volume')) out.push(...concurrentWriters(stages, t.name));
  out.push(...hiddenPaths(stages, runtimes));
  const order = new Map(stages.map((s, i) => [s.id, i]));
  return out.sort((a, b) => (order.get(a.stage) ?? 0) - (order.get(b.stage) ?? 0));
}

const quote = (s: string) => `\`${s}\``;

/** A blank volume starts empty: read before any stage can write it, or never written at all. */
function blankVolumeFindings(stages: readonly FlowStage[], volume: string): FlowFinding[] {
  const accesses = stages.flatMap((s, i) => s.accesses.filter((a) => a.target === volume).map((a) => ({ a, i })));
  const writes = accesses.filter((x) => x.a.access === 'write');
  if (writes.length === 0) {
    const first = accesses[0]?.a;
    if (!first) return [];
    return [
      {
        kind: 'never-written',
        message: `Blank volume ${quote(volume)} is only ever mounted read-only, so it is always empty.`,
        stage: first.stage,
        target: volume,
        containerIds: [...new Set(accesses.map((x) => x.a.containerId))],
        ...mountOf(first),
      },
    ];
  }
  const firstWrite = Math.min(...writes.map((x) => x.i));
  return accesses
    .filter((x) => x.a.access === 'read' && x.i < firstWrite)
    .map(({ a }) => ({
      kind: 'read-before-write' as const,
      message: `${quote(a.containerName)} reads blank volume ${quote(volume)} at ${quote(a.destination)} before any stage can write it (the first writer is ${quote(accesses.find((x) => x.i === firstWrite && x.a.access === 'write')?.a.containerName ?? '?')}): it sees an empty folder.`,
      stage: a.stage,
      target: volume,
      containerIds: [a.containerId],
      ...mountOf(a),
    }));
}

/** Services run side by side: two of them writing one volume race each other. */
function concurrentWriters(stages: readonly FlowStage[], volume: string): FlowFinding[] {
  const services = stages.find((s) => s.id === 'services');
  if (!services) return [];
  const writers = [...new Map(services.accesses.filter((a) => a.target === volume && a.access === 'write').map((a) => [a.containerId, a])).values()];
  if (writers.length < 2) return [];
  return [
    {
      kind: 'concurrent-writers',
      message: `Services ${writers.map((w) => quote(w.containerName)).join(' and ')} write volume ${quote(volume)} at the same time: they run side by side, so they must not write the same files.`,
      stage: 'services',
      target: volume,
      containerIds: writers.map((w) => w.containerId),
    },
  ];
}

/** The file's own mount at a destination replaces what was there (mounts are keyed by destination). */
function hiddenPaths(stages: readonly FlowStage[], runtimes: readonly ContainerRuntime[]): FlowFinding[] {
  const stageOf = new Map(stages.flatMap((s) => s.containers.map((c) => [c.id, s.id] as const)));
  const out: FlowFinding[] = [];
  for (const r of runtimes) {
    for (const m of r.mounts) {
      if (m.origin !== 'config' || m.replaced.length === 0) continue;
      const hidden = m.replaced.map((h) => `${WHO[h.origin]} ${h.type} mount of ${quote(h.source)}`).join(' and ');
      out.push({
        kind: 'hidden-path',
        message: `${quote(r.name)}: this ${m.type} mount at ${quote(m.destination)} replaces ${hidden} (LinuxKit keeps one mount per destination, the later one).`,
        stage: stageOf.get(r.containerId) ?? '',
        containerIds: [r.containerId],
        destination: m.destination,
        ...(m.mountId ? { mountId: m.mountId } : {}),
        ...(m.span ? { span: m.span } : {}),
      });
    }
  }
  return out;
}

function mountOf(a: FlowAccess): Pick<FlowFinding, 'mountId' | 'destination' | 'span'> {
  return { destination: a.destination, ...(a.mountId ? { mountId: a.mountId } : {}), ...(a.span ? { span: a.span } : {}) };
}
