import { basicDefinitions } from './defs/basics.ts';
import { containerDefinitions } from './defs/container.ts';
import { mountDefinitions } from './defs/mounts.ts';
import { resourceDefinitions } from './defs/resources.ts';
import { runtimeDefinitions } from './defs/runtime.ts';
import { ref } from './shapes.ts';
import type { JsonSchema } from './schemaTypes.ts';

/**
 * LinuxKit's config schema (src/cmd/linuxkit/moby/schema.go): the same definitions, properties,
 * types, `additionalProperties: false` and required fields. This is what validation uses; editors
 * use `documentedSchema` (documentedSchema.ts), the same schema with titles, descriptions and snippets.
 */
export const linuxkitSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  additionalProperties: false,
  definitions: {
    ...basicDefinitions,
    ...mountDefinitions,
    ...resourceDefinitions,
    ...runtimeDefinitions,
    ...containerDefinitions,
  },
  properties: {
    kernel: ref('kernel'),
    init: ref('strings'),
    onboot: ref('images'),
    onshutdown: ref('images'),
    services: ref('images'),
    trust: ref('trust'),
    files: ref('files'),
    volumes: ref('volumes'),
  },
};
