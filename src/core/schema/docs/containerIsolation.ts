import { doc, type Doc } from '../describe.ts';

const namespace = (ns: string, text: string, example: string) => doc(`${ns} namespace`, `Sets the ${ns} namespace: ${text}`, example);

/** Container fields about privileges, users and namespaces. */
export const containerIsolationDocs: Record<string, Doc> = {
  capabilities: doc(
    'Capabilities',
    'Linux capabilities of the process, replacing the image defaults, e.g. `CAP_NET_ADMIN`. A single `all` grants every capability.',
    'capabilities:\n  - CAP_NET_ADMIN',
  ),
  'capabilities.add': doc('Capabilities to add', 'Capabilities added to the image defaults instead of replacing them.', 'capabilities.add:\n  - CAP_SYS_ADMIN'),
  ambient: doc('Ambient capabilities', 'Ambient capabilities, kept by processes that run as a non-root user.', 'ambient:\n  - CAP_NET_BIND_SERVICE'),
  readonly: doc(
    'Read-only root',
    'When `true`, the root filesystem and the default mounts are read-only. Write `true` or `false` (not `yes`/`no`).',
    'readonly: true',
  ),
  maskedPaths: doc('Masked paths', 'Paths hidden from the container.', 'maskedPaths:\n  - /proc/kcore'),
  readonlyPaths: doc('Read-only paths', 'Paths made read-only in the container.', 'readonlyPaths:\n  - /proc/sys'),
  uid: doc('User', 'User id of the process: a number, or the name of a container whose allocated uid is used.', 'uid: 1000'),
  gid: doc('Group', 'Group id of the process: a number, or the name of a container whose allocated gid is used.', 'gid: 1000'),
  additionalGids: doc(
    'Additional groups',
    'Supplementary group ids: numbers, or names of containers whose allocated gids are used.',
    'additionalGids: [100, docker]',
  ),
  noNewPrivileges: doc('No new privileges', 'When `true`, the process cannot gain privileges (setuid binaries do not elevate).', 'noNewPrivileges: true'),
  rootfsPropagation: doc(
    'Root propagation',
    'Mount propagation of the root: `private` (default), `slave` or `shared`. Use `shared` with `rshared,rbind` binds so mounts made inside are visible outside.',
    'rootfsPropagation: shared',
  ),
  net: namespace('network', 'a path to join, or `new` / `none` for a new one. Default: the host namespace.', 'net: new'),
  pid: namespace('pid', 'a path to join, or `host` for the host namespace. Default: a new one.', 'pid: host'),
  ipc: namespace('ipc', 'a path to join, or `new` for a new one. Default: the host namespace.', 'ipc: new'),
  uts: namespace('uts', 'a path to join, or `new` for a new one. Default: the host namespace.', 'uts: new'),
  userns: namespace('user', 'a path to join, or `new` for a new one (experimental).', 'userns: new'),
  uidMappings: doc(
    'UID mappings',
    'User id mappings for a user namespace (experimental).',
    'uidMappings:\n  - containerID: 0\n    hostID: 100000\n    size: 65536',
  ),
  gidMappings: doc(
    'GID mappings',
    'Group id mappings for a user namespace (experimental).',
    'gidMappings:\n  - containerID: 0\n    hostID: 100000\n    size: 65536',
  ),
};
