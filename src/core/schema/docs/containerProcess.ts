import { doc, type Doc } from '../describe.ts';
import { bindsDoc } from './mounts.ts';

/** Container fields about what runs and what it sees: image, command, environment, mounts. */
export const containerProcessDocs: Record<string, Doc> = {
  name: doc(
    'Name',
    'Unique name of the container, used as its containerd id; services must have distinct names. Other fields may refer to it as a `uid`/`gid`.',
    'name: sshd',
  ),
  image: doc(
    'Image',
    'The image for the root filesystem. Its default command, environment and `org.mobyproject.config` label supply defaults for fields not set here.',
    'image: linuxkit/sshd:v1.0.0',
  ),
  command: doc('Command', 'Replaces the image\u2019s entrypoint and command; the first item is the program.', 'command: ["/bin/sh", "-c", "echo hello"]'),
  env: doc('Environment', 'Replaces the image\u2019s environment; each entry is `NAME=value`.', 'env:\n  - DEBUG=1'),
  cwd: doc('Working directory', 'Working directory of the process. Default `/`.', 'cwd: /var/lib/app'),
  mounts: doc(
    'Mounts',
    'Mounts in full OCI form (`type`, `source`, `destination`, `options`). A mount at the same destination as an image default replaces it.',
    'mounts:\n  - type: bind\n    source: data\n    destination: /data\n    options: [rbind, ro]',
  ),
  binds: {
    ...bindsDoc,
    examples: [['/var/log:/var/log', 'data:/data:ro']],
    defaultSnippets: [
      { label: 'volume bind', description: 'Mount a volume read-only', body: ['${1:volume}:${2:/path}:ro'] },
      { label: 'host bind', description: 'Mount a host path', body: ['${1:/var/log}:${2:/var/log}'] },
    ],
  },
  'binds.add': doc(
    'Binds to add',
    'Like `binds` (`source:destination[:options]`), but added to the image\u2019s default binds instead of replacing them.',
    'binds.add:\n  - data:/data',
  ),
  tmpfs: doc('tmpfs mounts', 'tmpfs mounts as `destination[:options]`, like `docker --tmpfs`.', 'tmpfs:\n  - /run:rw,size=64m'),
  devices: doc(
    'Devices',
    'Device nodes made available in the container (e.g. the console).',
    'devices:\n  - path: /dev/console\n    type: c\n    major: 5\n    minor: 1\n    mode: "0666"',
  ),
  hostname: doc('Hostname', 'Hostname inside the container.', 'hostname: builder'),
  sysctl: doc('sysctl', 'sysctl settings applied inside the container\u2019s namespaces; values are strings.', 'sysctl:\n  net.ipv4.ip_forward: "1"'),
  rlimits: doc('Resource limits', 'rlimits as `name,soft,hard`, e.g. `nofile,1024,4096`; `unlimited` is allowed as a value.', 'rlimits:\n  - nofile,1024,4096'),
  annotations: doc('Annotations', 'OCI annotations: key/value metadata on the container; values are strings.', 'annotations:\n  org.example.role: web'),
  resources: doc('Resources', 'cgroup limits (memory, CPU, pids, block I/O, ...) as in the OCI spec.', 'resources:\n  memory:\n    limit: 536870912'),
  cgroupsPath: doc('cgroups path', 'Path of the container\u2019s cgroup.', 'cgroupsPath: podruntime/docker'),
  oomScoreAdj: doc('OOM score adjustment', 'How likely the kernel OOM killer picks this container, from -1000 to 1000.', 'oomScoreAdj: -800'),
  runtime: doc(
    'Runtime actions',
    'Actions taken when the container starts: create cgroups and directories, mount, set up interfaces, bind namespaces.',
    'runtime:\n  mkdir:\n    - /var/lib/data',
  ),
};
