import { doc, fields, type Doc } from '../describe.ts';

const throttle = (what: string) =>
  doc(`Throttle ${what}`, `Per-device limits on ${what}.`, 'throttleReadBpsDevice:\n  - major: 8\n    minor: 0\n    rate: 1048576');

/** cgroup resource limits, as in the OCI runtime spec. */
export const resourceDocs: Record<string, Doc> = {
  devicecgroups: doc('Device cgroup rules', 'Rules that allow or deny access to devices, applied in order.'),
  devicecgroup: fields('Device cgroup rule', 'Allows or denies access to a device or a class of devices.', {
    allow: doc('Allow', '`true` allows the devices, `false` denies them.', 'allow: true'),
    type: doc('Type', 'Device type: `a` (all), `c` (character) or `b` (block).', 'type: c'),
    major: doc('Major number', 'Major device number; omit for all.', 'major: 10'),
    minor: doc('Minor number', 'Minor device number; omit for all.', 'minor: 200'),
    access: doc('Access', 'Any of `r` (read), `w` (write) and `m` (mknod).', 'access: rwm'),
  }),
  memory: fields('Memory', 'Memory limits of the container cgroup, in bytes.', {
    limit: doc('Limit', 'Hard memory limit in bytes.', 'limit: 536870912'),
    reservation: doc('Reservation', 'Soft limit in bytes, enforced under memory pressure.', 'reservation: 268435456'),
    swap: doc('Swap', 'Limit of memory plus swap, in bytes.', 'swap: 1073741824'),
    kernel: doc('Kernel memory', 'Kernel memory limit in bytes (deprecated by the kernel).', 'kernel: 67108864'),
    kernelTCP: doc('Kernel TCP memory', 'Kernel TCP buffer limit in bytes.', 'kernelTCP: 16777216'),
    swappiness: doc('Swappiness', 'How eagerly to swap, 0 to 100.', 'swappiness: 0'),
    disableOOMKiller: doc('Disable OOM killer', 'When `true`, the OOM killer does not kill processes of this cgroup.', 'disableOOMKiller: true'),
  }),
  cpu: fields('CPU', 'CPU limits of the container cgroup.', {
    shares: doc('Shares', 'Relative CPU weight against other cgroups (default 1024).', 'shares: 512'),
    quota: doc('Quota', 'CPU time in microseconds the cgroup may use per `period`.', 'quota: 50000'),
    period: doc('Period', 'Length of a scheduling period in microseconds.', 'period: 100000'),
    realtimeRuntime: doc('Realtime runtime', 'Realtime CPU time in microseconds per `realtimePeriod`.', 'realtimeRuntime: 950000'),
    realtimePeriod: doc('Realtime period', 'Realtime scheduling period in microseconds.', 'realtimePeriod: 1000000'),
    cpus: doc('CPUs', 'CPUs the container may run on, as a cpuset list.', 'cpus: "0-1"'),
    mems: doc('Memory nodes', 'NUMA memory nodes the container may use, as a cpuset list.', 'mems: "0"'),
  }),
  pids: fields('Pids', 'Process count limit of the container cgroup.', {
    limit: doc('Limit', 'Maximum number of processes; `-1` for no limit.', 'limit: 100'),
  }),
  weightdevices: doc('Weight devices', 'Per-device block I/O weights.'),
  weightdevice: fields('Weight device', 'Block I/O weight for one device.', {
    major: doc('Major number', 'Major number of the block device.', 'major: 8'),
    minor: doc('Minor number', 'Minor number of the block device.', 'minor: 0'),
    weight: doc('Weight', 'Relative I/O weight, 10 to 1000.', 'weight: 500'),
    leafWeight: doc('Leaf weight', 'Weight of the cgroup\u2019s own tasks against its children.', 'leafWeight: 500'),
  }),
  throttledevices: doc('Throttle devices', 'Per-device I/O rate limits.'),
  throttledevice: fields('Throttle device', 'An I/O rate limit for one block device.', {
    major: doc('Major number', 'Major number of the block device.', 'major: 8'),
    minor: doc('Minor number', 'Minor number of the block device.', 'minor: 0'),
    rate: doc('Rate', 'Limit in bytes or operations per second.', 'rate: 1048576'),
  }),
  blockio: fields('Block I/O', 'Block I/O weights and throttles of the container cgroup.', {
    weight: doc('Weight', 'Relative block I/O weight, 10 to 1000.', 'weight: 500'),
    leafWeight: doc('Leaf weight', 'Weight of the cgroup\u2019s own tasks against its children.', 'leafWeight: 500'),
    weightDevice: doc('Weight per device', 'Block I/O weights for specific devices.', 'weightDevice:\n  - major: 8\n    minor: 0\n    weight: 200'),
    throttleReadBpsDevice: throttle('read bytes per second'),
    throttleWriteBpsDevice: throttle('write bytes per second'),
    throttleReadIOPSDevice: throttle('read operations per second'),
    throttleWriteIOPSDevice: throttle('write operations per second'),
  }),
  hugepagelimits: doc('Hugepage limits', 'Limits on hugepage usage, per page size.'),
  hugepagelimit: fields('Hugepage limit', 'A hugepage usage limit for one page size.', {
    pageSize: doc('Page size', 'Hugepage size this limit applies to.', 'pageSize: 2097152'),
    limit: doc('Limit', 'Maximum hugepage usage in bytes.', 'limit: 1073741824'),
  }),
  interfacepriorities: doc('Interface priorities', 'Network priorities per interface.'),
  interfacepriority: fields('Interface priority', 'The network priority of traffic on one interface.', {
    name: doc('Interface', 'Network interface name.', 'name: eth0'),
    priority: doc('Priority', 'Priority of the cgroup\u2019s traffic on this interface.', 'priority: 5'),
  }),
  network: fields('Network', 'Network classification of the container cgroup.', {
    classID: doc('Class id', 'Class identifier set on the cgroup\u2019s packets (net_cls).', 'classID: 1048577'),
    priorities: doc('Priorities', 'Traffic priority per interface (net_prio).', 'priorities:\n  - name: eth0\n    priority: 5'),
  }),
  resources: fields('Resources', 'cgroup resource limits of the container, as in the OCI runtime spec.', {
    devices: doc(
      'Device rules',
      'Device access rules of the device cgroup.',
      'devices:\n  - allow: true\n    type: c\n    major: 10\n    minor: 200\n    access: rwm',
    ),
    memory: doc('Memory', 'Memory limits.', 'memory:\n  limit: 536870912'),
    cpu: doc('CPU', 'CPU limits.', 'cpu:\n  shares: 512'),
    pids: doc('Pids', 'Process count limit.', 'pids:\n  limit: 100'),
    blockio: doc('Block I/O', 'Block I/O weights and limits.', 'blockio:\n  weight: 500'),
    hugepageLimits: doc('Hugepage limits', 'Hugepage usage limits.', 'hugepageLimits:\n  - pageSize: 2097152\n    limit: 1073741824'),
    network: doc('Network', 'Network class and priorities.', 'network:\n  classID: 1048577'),
  }),
};
