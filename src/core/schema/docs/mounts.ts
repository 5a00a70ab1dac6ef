import { doc, fields, type Doc } from '../describe.ts';

const idMappingList = (title: string, what: string) => doc(title, `Maps ${what} ids of this mount to host ids (id-mapped mounts).`);

/** Docs of mounts, devices and user-namespace id mappings. */
export const mountDocs: Record<string, Doc> = {
  mount: fields(
    'Mount',
    'A mount in OCI form. Missing parts get sensible defaults: e.g. type `proc` mounts at `/proc`. A mount at the same destination as an image default replaces it.',
    {
      destination: doc('Destination', 'Absolute path inside the container where the mount appears.', 'destination: /var/lib/data'),
      type: doc('Type', 'Filesystem type: `bind`, `tmpfs`, `proc`, `sysfs`, `cgroup`, `devpts`, `mqueue`, ...', 'type: bind'),
      source: doc(
        'Source',
        'What is mounted: a host path for binds, the name of a volume from `volumes:`, or a label such as `tmpfs` for other types.',
        'source: /var/log',
      ),
      options: doc(
        'Options',
        'Mount options. For binds include `rbind` or `bind`; the first of `ro`/`rw` decides whether it is read-only.',
        'options: [rbind, ro]',
      ),
      uidmappings: idMappingList('UID mappings', 'user'),
      gidmappings: idMappingList('GID mappings', 'group'),
    },
  ),
  mounts: {
    ...doc('Mounts', 'Mounts in full OCI form.'),
    defaultSnippets: [
      {
        label: 'bind mount',
        description: 'Bind a host path or volume into the container',
        body: [{ type: 'bind', source: '${1:/var/log}', destination: '${2:/var/log}', options: ['rbind', '${3:rw}'] }],
      },
    ],
  },
  device: fields('Device', 'A device node made available inside the container, e.g. the console.', {
    path: doc('Path', 'Device path inside the container, or `all` (with `type`) to allow every device of that type.', 'path: /dev/console'),
    type: doc('Type', 'Device type: `c` (character), `b` (block), `u` (unbuffered) or `p` (FIFO).', 'type: c'),
    major: doc('Major number', 'Major device number.', 'major: 5'),
    minor: doc('Minor number', 'Minor device number.', 'minor: 1'),
    mode: doc('Mode', 'Permissions of the device node as an octal string; quote it.', 'mode: "0666"'),
  }),
  devices: doc('Devices', 'Device nodes created in the container and allowed in its device cgroup.'),
  idmapping: fields('ID mapping', 'A range of ids mapped between the container and the host.', {
    hostID: doc('Host id', 'First id of the range on the host.', 'hostID: 100000'),
    containerID: doc('Container id', 'First id of the range inside the container.', 'containerID: 0'),
    size: doc('Size', 'Number of ids in the range.', 'size: 65536'),
  }),
  idmappings: doc('ID mappings', 'Ranges of ids mapped between the container and the host.'),
};

// Kept beside the mount so the documentation of bind strings lives in one place.
export const bindsDoc = doc(
  'Binds',
  'Bind mounts as `source:destination[:options]`, like `docker -v`. A source starting with `/` is a host path; otherwise it names a volume from `volumes:`. Add `:ro` for read-only. Replaces the image\u2019s default binds; use `binds.add` to keep them.',
  'binds:\n  - /var/log:/var/log\n  - data:/data:ro',
);
