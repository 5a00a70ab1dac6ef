import { int, ref, str } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';

/** Container fields about what runs and what it sees: image, command, environment, mounts. */
export const containerProcessFields: Record<string, JsonSchema> = {
  name: str(),
  image: str(),
  command: ref('strings'),
  env: ref('strings'),
  cwd: str(),
  mounts: ref('mounts'),
  binds: ref('strings'),
  'binds.add': ref('strings'),
  tmpfs: ref('strings'),
  devices: ref('devices'),
  hostname: str(),
  sysctl: ref('mapstring'),
  rlimits: ref('strings'),
  annotations: ref('mapstring'),
  resources: ref('resources'),
  cgroupsPath: str(),
  oomScoreAdj: int(),
  runtime: ref('runtime'),
};
