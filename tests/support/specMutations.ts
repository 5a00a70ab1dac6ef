// One-rule breakages of a valid ConfigSpec, each with the one error code it must produce.
import type { DiagnosticCode } from '../../src/core/diagnostics/codes.ts';
import { allContainers, type ConfigSpec, type MountSpec } from './configSpec.ts';

export interface Mutation {
  code: DiagnosticCode;
  /** A changed copy of `spec`, or null when the spec has nothing to break this way. `pick` chooses where. */
  apply(spec: ConfigSpec, pick: number): ConfigSpec | null;
}

function copy(spec: ConfigSpec): ConfigSpec {
  return structuredClone(spec);
}

function volumeMounts(spec: ConfigSpec): MountSpec[] {
  const names = new Set(spec.volumes.map((v) => v.name));
  return allContainers(spec).flatMap(({ container }) => container.mounts.filter((m) => names.has(m.source)));
}

export const MUTATIONS: Mutation[] = [
  {
    code: 'invalid-volume-name',
    apply(spec, pick) {
      if (spec.volumes.length === 0) return null;
      const out = copy(spec);
      const volume = out.volumes[pick % out.volumes.length];
      const bad = `${volume.name}.Bad`;
      for (const m of volumeMounts(out)) if (m.source === volume.name) m.source = bad;
      volume.name = bad;
      return out;
    },
  },
  {
    code: 'unknown-volume',
    apply(spec, pick) {
      const containers = allContainers(spec);
      if (containers.length === 0) return null;
      const out = copy(spec);
      const { container } = allContainers(out)[pick % containers.length];
      const form = (['binds', 'binds.add', 'mounts'] as const)[pick % 3];
      container.mounts.push({ source: 'vmissing', destination: '/mnt/missing', readOnly: false, form });
      return out;
    },
  },
  {
    code: 'readonly-volume-mounted-rw',
    apply(spec, pick) {
      const mounts = volumeMounts(spec);
      if (mounts.length === 0) return null;
      const out = copy(spec);
      const all = volumeMounts(out);
      const chosen = all[pick % all.length];
      const volume = out.volumes.find((v) => v.name === chosen.source);
      if (!volume) return null;
      volume.readonly = true;
      for (const m of all) if (m.source === volume.name) m.readOnly = m !== chosen;
      return out;
    },
  },
  {
    code: 'duplicate-volume-name',
    apply(spec, pick) {
      if (spec.volumes.length === 0) return null;
      const out = copy(spec);
      out.volumes.push({ ...out.volumes[pick % out.volumes.length] });
      return out;
    },
  },
  {
    code: 'bind-syntax',
    apply(spec, pick) {
      const containers = allContainers(spec);
      if (containers.length === 0) return null;
      const out = copy(spec);
      const { container } = allContainers(out)[pick % containers.length];
      // four `:`-separated parts: /var/run:/mnt/x:y:ro
      container.mounts.push({ source: '/var/run', destination: '/mnt/x:y', readOnly: true, form: 'binds' });
      return out;
    },
  },
  {
    code: 'duplicate-service-name',
    apply(spec, pick) {
      if (spec.sections.services.length === 0) return null;
      const out = copy(spec);
      const original = out.sections.services[pick % out.sections.services.length];
      out.sections.services.push({ ...original, mounts: [] });
      return out;
    },
  },
];
