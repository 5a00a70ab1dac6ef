import { analyze } from '../../core/analyze.ts';
import { runtimeOf } from '../../core/runtime/containerRuntime.ts';
import { NAMESPACES, type ContainerRuntime, type Origin, type RuntimeId, type Traced } from '../../core/runtime/types.ts';
import type { LineIndex } from '../../core/text/lineIndex.ts';
import { decodeText } from '../../core/text/decodeText.ts';
import type { InputResult } from '../readInput.ts';

/** One file's entry of `runtime --json` (DESIGN.md), with origins and build errors added. */
export interface RuntimeFileReport {
  file: string;
  containers: RuntimeJson[];
  /** The file could not be read (`io`), or does not parse, so nothing can be said about its containers. */
  error?: { kind: 'io' | 'syntax'; code: string; message: string; line?: number; column?: number };
}

export interface RuntimeJson {
  section: string;
  name: string;
  image: string;
  imageConfig: ContainerRuntime['imageConfig'];
  args: string[] | null;
  env: string[] | null;
  cwd: string | null;
  uid: number | null;
  gid: number | null;
  additionalGids: (number | null)[];
  capabilities: string[];
  effectiveCapabilities: string[];
  ambientCapabilities: string[];
  readonlyRootfs: boolean;
  namespaces: Record<string, string>;
  mounts: { destination: string; type: string; source: string; options: string[]; origin: Origin }[];
  rlimits: ContainerRuntime['rlimits']['value'];
  sysctl: Record<string, string>;
  devices: ContainerRuntime['devices']['value'];
  /** Who set each value: `linuxkit` (its default), `image` (the label, or the image's own config) or `config`. */
  origins: Record<string, Origin | Record<string, Origin>>;
  /** Where `linuxkit build` would stop making this container's OCI config. */
  errors: { message: string; line?: number; column?: number }[];
}

const id = (t: Traced<RuntimeId>) => t.value.id;

function toJson(r: ContainerRuntime, lines: LineIndex): RuntimeJson {
  const namespaces = Object.fromEntries(NAMESPACES.map((k) => [k, r.namespaces[k].value]));
  return {
    section: r.section,
    name: r.name,
    image: r.image,
    imageConfig: r.imageConfig,
    args: r.args.value,
    env: r.env.value,
    cwd: r.cwd.value,
    uid: id(r.uid),
    gid: id(r.gid),
    additionalGids: r.additionalGids.value.map((g) => g.id),
    capabilities: r.capabilities.map((c) => c.name),
    effectiveCapabilities: r.effective,
    ambientCapabilities: r.ambient.value,
    readonlyRootfs: r.readonlyRootfs.value,
    namespaces,
    mounts: r.mounts.map((m) => ({ destination: m.destination, type: m.type, source: m.source, options: m.options, origin: m.origin })),
    rlimits: r.rlimits.value,
    sysctl: r.sysctl.value,
    devices: r.devices.value,
    origins: {
      args: r.args.origin,
      env: r.env.origin,
      cwd: r.cwd.origin,
      uid: r.uid.origin,
      gid: r.gid.origin,
      additionalGids: r.additionalGids.origin,
      capabilities: Object.fromEntries(r.capabilities.map((c) => [c.name, c.origin])),
      ambientCapabilities: r.ambient.origin,
      readonlyRootfs: r.readonlyRootfs.origin,
      namespaces: Object.fromEntries(NAMESPACES.map((k) => [k, r.namespaces[k].origin])),
      rlimits: r.rlimits.origin,
      sysctl: r.sysctl.origin,
      devices: r.devices.origin,
    },
    errors: r.errors.map((e) => ({ message: e.message, ...(e.span ? lines.position(e.span.start) : {}) })),
  };
}

/** Reads one input and computes its containers' runtime configs. Never throws. */
export function runtimeReport(file: string, input: InputResult): RuntimeFileReport {
  if (input.kind === 'io-error') return { file, containers: [], error: { kind: 'io', code: input.code, message: input.message } };
  if (input.kind === 'too-large') {
    return { file, containers: [], error: { kind: 'io', code: 'EFBIG', message: 'cannot read: the file is too large' } };
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    return { file, containers: [], error: { kind: 'syntax', code: 'yaml-syntax', message: 'the file is not UTF-8 text' } };
  }
  const analysis = analyze(decoded.text);
  if (!analysis.wellFormed) {
    const first = analysis.diagnostics.find((d) => d.severity === 'error');
    const at = first ? analysis.lineIndex.position(first.span.start) : {};
    return { file, containers: [], error: { kind: 'syntax', code: first?.code ?? 'yaml-syntax', message: first?.message ?? 'the file does not parse', ...at } };
  }
  return { file, containers: runtimeOf(analysis.parsed.model).map((r) => toJson(r, analysis.lineIndex)) };
}
