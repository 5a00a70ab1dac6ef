import { arrayOf, bool, idValue, object, ref, str } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';

/** Definitions for the kernel, files, volumes, trust and the shared list/map shapes. */
export const basicDefinitions: Record<string, JsonSchema> = {
  kernel: object({ image: str(), cmdline: str(), binary: str(), tar: str(), ucode: str() }),
  file: object({
    path: str(),
    directory: bool(),
    symlink: str(),
    contents: str(),
    source: str(),
    metadata: str(),
    optional: bool(),
    mode: str(),
    uid: idValue(),
    gid: idValue(),
  }),
  files: arrayOf('file'),
  volume: object({ name: str(), image: str(), readonly: bool(), format: { enum: ['oci', 'filesystem'] }, platforms: ref('strings') }),
  volumes: arrayOf('volume'),
  trust: object({ image: ref('strings'), org: ref('strings') }),
  strings: { type: 'array', items: { type: 'string' } },
  mapstring: { type: 'object', additionalProperties: { type: 'string' } },
};
