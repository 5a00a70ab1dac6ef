import { arrayOf, bool, int, object, ref, str } from '../describe.ts';
import type { JsonSchema } from '../schemaTypes.ts';

const throttle = (what: string) =>
  ref('throttledevices', `Throttle ${what}`, `Per-device limits on ${what}.`, 'throttleReadBpsDevice:\n  - major: 8\n    minor: 0\n    rate: 1048576');

/** cgroup resource limits, as in the OCI runtime spec. */
export const resourceDefinitions: Record<string, JsonSchema> = {
  devicecgroups: arrayOf('devicecgroup', 'Device cgroup rules', 'Rules that allow or deny access to devices, applied in order.'),
  devicecgroup: object('Device cgroup rule', 'Allows or denies access to a device or a class of devices.', {
    allow: bool('Allow', '`true` allows the devices, `false` denies them.', 'allow: true'),
    type: str('Type', 'Device type: `a` (all), `c` (character) or `b` (block).', 'type: c'),
    major: int('Major number', 'Major device number; omit for all.', 'major: 10'),
    minor: int('Minor number', 'Minor device number; omit for all.', 'minor: 200'),
    access: str('Access', 'Any of `r` (read), `w` (write) and `m` (mknod).', 'access: rwm'),
  }),
  memory: object('Memory', 'Memory limits of the container cgroup, in bytes.', {
    limit: int('Limit', 'Hard memory limit in bytes.', 'limit: 536870912'),
    reservation: int('Reservation', 'Soft limit in bytes, enforced under memory pressure.', 'reservation: 268435456'),
    swap: int('Swap', 'Limit of memory plus swap, in bytes.', 'swap: 1073741824'),
    kernel: int('Kernel memory', 'Kernel memory limit in bytes (deprecated by the kernel).', 'kernel: 67108864'),
    kernelTCP: int('Kernel TCP memory', 'Kernel TCP buffer limit in bytes.', 'kernelTCP: 16777216'),
    swappiness: int('Swappiness', 'How eagerly to swap, 0 to 100.', 'swappiness: 0'),
    disableOOMKiller: bool('Disable OOM killer', 'When `true`, the OOM killer does not kill processes of this cgroup.', 'disableOOMKiller: true'),
  }),
  cpu: object('CPU', 'CPU limits of the container cgroup.', {
    shares: int('Shares', 'Relative CPU weight against other cgroups (default 1024).', 'shares: 512'),
    quota: int('Quota', 'CPU time in microseconds the cgroup may use per `period`.', 'quota: 50000'),
    period: int('Period', 'Length of a scheduling period in microseconds.', 'period: 100000'),
    realtimeRuntime: int('Realtime runtime', 'Realtime CPU time in microseconds per `realtimePeriod`.', 'realtimeRuntime: 950000'),
    realtimePeriod: int('Realtime period', 'Realtime scheduling period in microseconds.', 'realtimePeriod: 1000000'),
    cpus: str('CPUs', 'CPUs the container may run on, as a cpuset list.', 'cpus: "0-1"'),
    mems: str('Memory nodes', 'NUMA memory nodes the container may use, as a cpuset list.', 'mems: "0"'),
  }),
  pids: object('Pids', 'Process count limit of the container cgroup.', {
    limit: int('Limit', 'Maximum number of processes; `-1` for no limit.', 'limit: 100'),
  }),
  weightdevices: arrayOf('weightdevice', 'Weight devices', 'Per-device block I/O weights.'),
  weightdevice: object('Weight device', 'Block I/O weight for one device.', {
    major: int('Major number', 'Major number of the block device.', 'major: 8'),
    minor: int('Minor number', 'Minor number of the block device.', 'minor: 0'),
    weight: int('Weight', 'Relative I/O weight, 10 to 1000.', 'weight: 500'),
    leafWeight: int('Leaf weight', 'Weight of the cgroup\u2019s own tasks against its children.', 'leafWeight: 500'),
  }),
  throttledevices: arrayOf('throttledevice', 'Throttle devices', 'Per-device I/O rate limits.'),
  throttledevice: object('Throttle device', 'An I/O rate limit for one block device.', {
    major: int('Major number', 'Major number of the block device.', 'major: 8'),
    minor: int('Minor number', 'Minor number of the block device.', 'minor: 0'),
    rate: int('Rate', 'Limit in bytes or operations per second.', 'rate: 1048576'),
  }),
  blockio: object('Block I/O', 'Block I/O weights and throttles of the container cgroup.', {
    weight: int('Weight', 'Relative block I/O weight, 10 to 1000.', 'weight: 500'),
    leafWeight: int('Leaf weight', 'Weight of the cgroup\u2019s own tasks against its children.', 'leafWeight: 500'),
    weightDevice: ref('weightdevices', 'Weight per device', 'Block I/O weights for specific devices.', 'weightDevice:\n  - major: 8\n    minor: 0\n    weight: 200'),
    throttleReadBpsDevice: throttle('read bytes per second'),
    throttleWriteBpsDevice: throttle('write bytes per second'),
    throttleReadIOPSDevice: throttle('read operations per second'),
    throttleWriteIOPSDevice: throttle('write operations per second'),
  }),
  hugepagelimits: arrayOf('hugepagelimit', 'Hugepage limits', 'Limits on hugepage usage, per page size.'),
  hugepagelimit: object('Hugepage limit', 'A hugepage usage limit for one page size.', {
    pageSize: int('Page size', 'Hugepage size this limit applies to.', 'pageSize: 2097152'),
    limit: int('Limit', 'Maximum hugepage usage in bytes.', 'limit: 1073741824'),
  }),
  interfacepriorities: arrayOf('interfacepriority', 'Interface priorities', 'Network priorities per interface.'),
  interfacepriority: object('Interface priority', 'The network priority of traffic on one interface.', {
    name: str('Interface', 'Network interface name.', 'name: eth0'),
    priority: int('Priority', 'Priority of the cgroup\u2019s traffic on this interface.', 'priority: 5'),
  }),
  network: object('Network', 'Network classification of the container cgroup.', {
    classID: int('Class id', 'Class identifier set on the cgroup\u2019s packets (net_cls).', 'classID: 1048577'),
    priorities: ref('interfacepriorities', 'Priorities', 'Traffic priority per interface (net_prio).', 'priorities:\n  - name: eth0\n    priority: 5'),
  }),
  resources: object('Resources', 'cgroup resource limits of the container, as in the OCI runtime spec.', {
    devices: ref('devicecgroups', 'Device rules', 'Device access rules of the device cgroup.', 'devices:\n  - allow: true\n    type: c\n    major: 10\n    minor: 200\n    access: rwm'),
    memory: ref('memory', 'Memory', 'Memory limits.', 'memory:\n  limit: 536870912'),
    cpu: ref('cpu', 'CPU', 'CPU limits.', 'cpu:\n  shares: 512'),
    pids: ref('pids', 'Pids', 'Process count limit.', 'pids:\n  limit: 100'),
    blockio: ref('blockio', 'Block I/O', 'Block I/O weights and limits.', 'blockio:\n  weight: 500'),
    hugepageLimits: ref('hugepagelimits', 'Hugepage limits', 'Hugepage usage limits.', 'hugepageLimits:\n  - pageSize: 2097152\n    limit: 1073741824'),
    network: ref('network', 'Network', 'Network class and priorities.', 'network:\n  classID: 1048577'),
  }),
};
