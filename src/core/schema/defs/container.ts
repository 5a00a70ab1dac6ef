import { arrayOf } from '../shapes.ts';
import type { JsonSchema } from '../schemaTypes.ts';
import { containerIsolationFields } from './containerIsolation.ts';
import { containerProcessFields } from './containerProcess.ts';

/** A container of `onboot`, `services` or `onshutdown` (LinuxKit calls the definition `image`). */
export const containerDefinitions: Record<string, JsonSchema> = {
  image: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'image'],
    properties: { ...containerProcessFields, ...containerIsolationFields },
  },
  images: arrayOf('image'),
};
