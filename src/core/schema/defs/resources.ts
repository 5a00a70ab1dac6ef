import { arrayOf, bool, int, object, ref, str } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';

/** cgroup resource limits, as in the OCI runtime spec. */
export const resourceDefinitions: Record<string, JsonSchema> = {
  devicecgroups: arrayOf('devicecgroup'),
  devicecgroup: object({ allow: bool(), type: str(), major: int(), minor: int(), access: str() }),
  memory: object({
    limit: int(),
    reservation: int(),
    swap: int(),
    kernel: int(),
    kernelTCP: int(),
    swappiness: int(),
    disableOOMKiller: bool(),
  }),
  cpu: object({
    shares: int(),
    quota: int(),
    period: int(),
    realtimeRuntime: int(),
    realtimePeriod: int(),
    cpus: str(),
    mems: str(),
  }),
  pids: object({ limit: int() }),
  weightdevices: arrayOf('weightdevice'),
  weightdevice: object({ major: int(), minor: int(), weight: int(), leafWeight: int() }),
  throttledevices: arrayOf('throttledevice'),
  throttledevice: object({ major: int(), minor: int(), rate: int() }),
  blockio: object({
    weight: int(),
    leafWeight: int(),
    weightDevice: ref('weightdevices'),
    throttleReadBpsDevice: ref('throttledevices'),
    throttleWriteBpsDevice: ref('throttledevices'),
    throttleReadIOPSDevice: ref('throttledevices'),
    throttleWriteIOPSDevice: ref('throttledevices'),
  }),
  hugepagelimits: arrayOf('hugepagelimit'),
  hugepagelimit: object({ pageSize: int(), limit: int() }),
  interfacepriorities: arrayOf('interfacepriority'),
  interfacepriority: object({ name: str(), priority: int() }),
  network: object({ classID: int(), priorities: ref('interfacepriorities') }),
  resources: object({
    devices: ref('devicecgroups'),
    memory: ref('memory'),
    cpu: ref('cpu'),
    pids: ref('pids'),
    blockio: ref('blockio'),
    hugepageLimits: ref('hugepagelimits'),
    network: ref('network'),
  }),
};
