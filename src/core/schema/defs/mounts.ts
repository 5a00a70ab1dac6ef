import { arrayOf, int, object, ref, str } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';

/** Definitions for mounts, devices and user-namespace id mappings. */
export const mountDefinitions: Record<string, JsonSchema> = {
  mount: object({
    destination: str(),
    type: str(),
    source: str(),
    options: ref('strings'),
    uidmappings: arrayOf('idmapping'),
    gidmappings: arrayOf('idmapping'),
  }),
  mounts: arrayOf('mount'),
  device: object({ path: str(), type: str(), major: int(), minor: int(), mode: str() }),
  devices: arrayOf('device'),
  idmapping: object({ hostID: int(), containerID: int(), size: int() }),
  idmappings: arrayOf('idmapping'),
};
