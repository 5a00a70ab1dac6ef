// A LinuxKit config as data, valid by construction (fast-check arbitrary), before it is written as text.
import fc from 'fast-check';
import type { MountForm, Section } from '../../src/core/model/types.ts';

export interface MountSpec {
  /** A volume name, or an absolute host path. */
  source: string;
  destination: string;
  readOnly: boolean;
  form: MountForm;
}

export interface ContainerSpec {
  name: string;
  image: string;
  mounts: MountSpec[];
  capabilities: string[];
  net?: string;
}

export interface VolumeSpec {
  name: string;
  image?: string;
  readonly: boolean;
}

export interface ConfigSpec {
  kernel: boolean;
  init: string[];
  sections: Record<Section, ContainerSpec[]>;
  volumes: VolumeSpec[];
}

const IMAGES = [
  'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0',
  'linuxkit/dhcpcd:v0.8',
  'alpine:3.20',
  'docker.io/library/nginx:1.27',
  'linuxkit/sshd:1.0',
];
const CAPABILITIES = ['CAP_NET_ADMIN', 'CAP_SYS_ADMIN', 'CAP_CHOWN', 'CAP_DAC_OVERRIDE'];
const HOST_PATHS = ['/var/run', '/etc/resolv.conf', '/var/lib/data', '/dev'];

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);

interface RawMount {
  volume: number;
  host: boolean;
  readOnly: boolean;
  form: MountForm;
}

const rawMount: fc.Arbitrary<RawMount> = fc.record({
  volume: fc.nat(),
  host: fc.boolean(),
  readOnly: fc.boolean(),
  form: fc.constantFrom<MountForm>('binds', 'binds.add', 'mounts'),
});

interface RawContainer {
  image: string;
  mounts: RawMount[];
  capabilities: string[];
  net: string | undefined;
}

const rawContainer: fc.Arbitrary<RawContainer> = fc.record({
  image: fc.constantFrom(...IMAGES),
  mounts: fc.array(rawMount, { maxLength: 3 }),
  capabilities: fc.subarray(CAPABILITIES, { maxLength: 2 }),
  net: fc.option(fc.constantFrom('host', 'none'), { nil: undefined }),
});

/** Turns raw draws into a valid config: unique names, defined volumes, read-only volumes mounted `ro`. */
function settle(
  names: string[],
  sections: Section[],
  raws: RawContainer[],
  volumes: VolumeSpec[],
  kernel: boolean,
): ConfigSpec {
  const spec: ConfigSpec = { kernel, init: ['linuxkit/init:v1', 'linuxkit/runc:v1'], sections: { onboot: [], services: [], onshutdown: [] }, volumes };
  raws.forEach((raw, i) => {
    const mounts = raw.mounts.map((m, j): MountSpec => {
      const volume = volumes.length > 0 && !m.host ? volumes[m.volume % volumes.length] : undefined;
      const source = volume ? volume.name : HOST_PATHS[m.volume % HOST_PATHS.length];
      return { source, destination: `/mnt/d${j}`, readOnly: m.readOnly || volume?.readonly === true, form: m.form };
    });
    const container: ContainerSpec = { name: names[i], image: raw.image, mounts, capabilities: raw.capabilities };
    if (raw.net !== undefined) container.net = raw.net;
    spec.sections[sections[i]].push(container);
  });
  return spec;
}

export const configSpec: fc.Arbitrary<ConfigSpec> = fc
  .record({
    kernel: fc.boolean(),
    names: fc.uniqueArray(word, { minLength: 0, maxLength: 6 }),
    volumeNames: fc.uniqueArray(word, { maxLength: 3 }),
    volumeDraws: fc.array(fc.record({ image: fc.boolean(), readonly: fc.boolean() }), { minLength: 3, maxLength: 3 }),
    sections: fc.array(fc.constantFrom<Section>('onboot', 'services', 'onshutdown'), { minLength: 6, maxLength: 6 }),
    containers: fc.array(rawContainer, { minLength: 6, maxLength: 6 }),
  })
  .map(({ kernel, names, volumeNames, volumeDraws, sections, containers }) => {
    const volumes = volumeNames.map((name, i): VolumeSpec => {
      const v: VolumeSpec = { name: `v${name}`, readonly: volumeDraws[i].readonly };
      if (volumeDraws[i].image) v.image = 'alpine:3.20';
      return v;
    });
    return settle(names.map((n) => `c${n}`), sections, containers.slice(0, names.length), volumes, kernel);
  });

/** Every container of the spec with its section, in document order. */
export function allContainers(spec: ConfigSpec): { section: Section; container: ContainerSpec }[] {
  return (['onboot', 'services', 'onshutdown'] as const).flatMap((section) => spec.sections[section].map((container) => ({ section, container })));
}
