import { arrayOf, bool, object, ref, str } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';

/** Actions run when a container starts (not part of its OCI spec). */
export const runtimeDefinitions: Record<string, JsonSchema> = {
  interfaces: arrayOf('interface'),
  interface: object({ name: str(), add: str(), peer: str(), createInRoot: bool() }),
  namespaces: object({ cgroup: str(), ipc: str(), mnt: str(), net: str(), pid: str(), user: str(), uts: str() }),
  runtime: object({
    cgroups: ref('strings'),
    mounts: ref('mounts'),
    mkdir: ref('strings'),
    interfaces: ref('interfaces'),
    bindNS: ref('namespaces'),
    namespace: str(),
  }),
};
