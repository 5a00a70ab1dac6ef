import type { Analysis } from '../../core/analyze.ts';
import { runtimeOf } from '../../core/runtime/containerRuntime.ts';
import { NAMESPACES, type ContainerRuntime, type Origin, type RuntimeId, type Traced } from '../../core/runtime/types.ts';
import type { LineIndex } from '../../core/text/lineIndex.ts';

/** One file's entry of `runtime --json` (DESIGN.md), with origins and build errors added. */
export interface RuntimeFileReport {
  file: string;
  containers: RuntimeJson[];
  /** The file could not be read or does not parse, so nothing can be said about its containers. */
  error?: { message: string };
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

/** The runtime configs of one loaded config file. */
export function runtimeReport(file: string, analysis: Analysis): RuntimeFileReport {
  return { file, containers: runtimeOf(analysis.parsed.model).map((r) => toJson(r, analysis.lineIndex)) };
}
