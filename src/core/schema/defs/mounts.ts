import { arrayOf, documented, int, object, ref, str } from '../describe.ts';
import type { JsonSchema } from '../schemaTypes.ts';

const idMappingList = (title: string, what: string) =>
  arrayOf('idmapping', title, `Maps ${what} ids of this mount to host ids (id-mapped mounts).`);

/** Definitions for mounts, devices and user-namespace id mappings. */
export const mountDefinitions: Record<string, JsonSchema> = {
  mount: object(
    'Mount',
    'A mount in OCI form. Missing parts get sensible defaults: e.g. type `proc` mounts at `/proc`. A mount at the same destination as an image default replaces it.',
    {
      destination: str('Destination', 'Absolute path inside the container where the mount appears.', 'destination: /var/lib/data'),
      type: str('Type', 'Filesystem type: `bind`, `tmpfs`, `proc`, `sysfs`, `cgroup`, `devpts`, `mqueue`, ...', 'type: bind'),
      source: str(
        'Source',
        'What is mounted: a host path for binds, the name of a volume from `volumes:`, or a label such as `tmpfs` for other types.',
        'source: /var/log',
      ),
      options: ref(
        'strings',
        'Options',
        'Mount options. For binds include `rbind` or `bind`; the first of `ro`/`rw` decides whether it is read-only.',
        'options: [rbind, ro]',
      ),
      uidmappings: idMappingList('UID mappings', 'user'),
      gidmappings: idMappingList('GID mappings', 'group'),
    },
  ),
  mounts: {
    ...arrayOf('mount', 'Mounts', 'Mounts in full OCI form.'),
    defaultSnippets: [
      {
        label: 'bind mount',
        description: 'Bind a host path or volume into the container',
        body: [{ type: 'bind', source: '${1:/var/log}', destination: '${2:/var/log}', options: ['rbind', '${3:rw}'] }],
      },
    ],
  },
  device: object('Device', 'A device node made available inside the container, e.g. the console.', {
    path: str('Path', 'Device path inside the container, or `all` (with `type`) to allow every device of that type.', 'path: /dev/console'),
    type: str('Type', 'Device type: `c` (character), `b` (block), `u` (unbuffered) or `p` (FIFO).', 'type: c'),
    major: int('Major number', 'Major device number.', 'major: 5'),
    minor: int('Minor number', 'Minor device number.', 'minor: 1'),
    mode: str('Mode', 'Permissions of the device node as an octal string; quote it.', 'mode: "0666"'),
  }),
  devices: arrayOf('device', 'Devices', 'Device nodes created in the container and allowed in its device cgroup.'),
  idmapping: object('ID mapping', 'A range of ids mapped between the container and the host.', {
    hostID: int('Host id', 'First id of the range on the host.', 'hostID: 100000'),
    containerID: int('Container id', 'First id of the range inside the container.', 'containerID: 0'),
    size: int('Size', 'Number of ids in the range.', 'size: 65536'),
  }),
  idmappings: arrayOf('idmapping', 'ID mappings', 'Ranges of ids mapped between the container and the host.'),
};

// Kept beside the mount so the documentation of bind strings lives in one place.
export const bindsDoc = documented(
  { $ref: '#/definitions/strings' },
  'Binds',
  'Bind mounts as `source:destination[:options]`, like `docker -v`. A source starting with `/` is a host path; otherwise it names a volume from `volumes:`. Add `:ro` for read-only. Replaces the image\u2019s default binds; use `binds.add` to keep them.',
  'binds:\n  - /var/log:/var/log\n  - data:/data:ro',
);
