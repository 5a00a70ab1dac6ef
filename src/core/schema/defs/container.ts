import { arrayOf, documented } from '../describe.ts';
import type { JsonSchema } from '../schemaTypes.ts';
import { containerIsolationFields } from './containerIsolation.ts';
import { containerProcessFields } from './containerProcess.ts';

/** A container of `onboot`, `services` or `onshutdown` (LinuxKit calls the definition `image`). */
export const containerDefinitions: Record<string, JsonSchema> = {
  image: documented(
    {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'image'],
      properties: { ...containerProcessFields, ...containerIsolationFields },
    },
    'Container',
    'A container: an image plus OCI options. Fields not set here come from the image\u2019s `org.mobyproject.config` label; most replace those defaults, `binds.add` and `capabilities.add` extend them.',
  ),
  images: {
    ...arrayOf('image', 'Containers', 'A list of containers, each with at least a `name` and an `image`.'),
    defaultSnippets: [{ label: 'container', description: 'A container with a name and an image', body: [{ name: '${1:name}', image: '${2:image}' }] }],
  },
};
