import { doc, fields, type Doc } from '../describe.ts';

const bindPath = (ns: string) =>
  doc(`${ns} namespace`, `Path where the container\u2019s ${ns} namespace is bound, so that later containers can join it.`, `${ns}: /run/netns/${ns}`);

/** Actions run when a container starts (not part of its OCI spec). */
export const runtimeDocs: Record<string, Doc> = {
  interfaces: doc('Interfaces', 'Network interfaces to move into, or create in, the container\u2019s network namespace.'),
  interface: fields('Interface', 'A network interface action performed before the container starts.', {
    name: doc('Name', 'Interface name. An existing interface with this name is moved into the container\u2019s network namespace.', 'name: eth1'),
    add: doc('Add', 'Type of interface to create with `name` in the container\u2019s namespace, e.g. `veth`, `wireguard`.', 'add: wireguard'),
    peer: doc(
      'Peer',
      'For a `veth` pair, the name of the end that stays in the root namespace (e.g. to attach to a bridge). Implies `add: veth`.',
      'peer: veth0',
    ),
    createInRoot: doc(
      'Create in root',
      'When `true`, the added interface is created in the root namespace and then moved (needed for `wireguard`). Default `false`.',
      'createInRoot: true',
    ),
  }),
  namespaces: fields('Bind namespaces', 'Paths where the container\u2019s namespaces are bound for other containers to use.', {
    cgroup: bindPath('cgroup'),
    ipc: bindPath('ipc'),
    mnt: bindPath('mnt'),
    net: bindPath('net'),
    pid: bindPath('pid'),
    user: bindPath('user'),
    uts: bindPath('uts'),
  }),
  runtime: fields('Runtime', 'Actions LinuxKit performs when starting the container, outside its OCI spec.', {
    cgroups: doc('Cgroups', 'cgroups created before the container runs.', 'cgroups:\n  - systemreserved'),
    mounts: doc(
      'Runtime mounts',
      'Mounts made in the root namespace before the container is created; missing destination directories are created.',
      'mounts:\n  - type: bind\n    source: /var/lib\n    destination: /var/lib/data\n    options: [rbind]',
    ),
    mkdir: doc(
      'Directories to create',
      'Directories created in the root mount namespace before the container starts, e.g. bind sources under `/run` or `/tmp`.',
      'mkdir:\n  - /var/lib/docker',
    ),
    interfaces: doc(
      'Interfaces',
      'Network interfaces to move or create in the container\u2019s namespace.',
      'interfaces:\n  - name: wg0\n    add: wireguard\n    createInRoot: true',
    ),
    bindNS: doc(
      'Bind namespaces',
      'Binds the container\u2019s namespaces to paths, so a later container can join one with e.g. `net: <path>`.',
      'bindNS:\n  net: /run/netns/wg',
    ),
    namespace: doc(
      'containerd namespace',
      'Overrides the containerd namespace the container runs in (default `services.linuxkit`); services only.',
      'namespace: system',
    ),
  }),
};
