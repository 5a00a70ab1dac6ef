import { bool, idValue, ref, str } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';

/** Container fields about privileges, users and namespaces. */
export const containerIsolationFields: Record<string, JsonSchema> = {
  capabilities: ref('strings'),
  'capabilities.add': ref('strings'),
  ambient: ref('strings'),
  readonly: bool(),
  maskedPaths: ref('strings'),
  readonlyPaths: ref('strings'),
  uid: idValue(),
  gid: idValue(),
  additionalGids: { type: 'array', items: idValue() },
  noNewPrivileges: bool(),
  rootfsPropagation: str(),
  net: str(),
  pid: str(),
  ipc: str(),
  uts: str(),
  userns: str(),
  uidMappings: ref('idmappings'),
  gidMappings: ref('idmappings'),
};
