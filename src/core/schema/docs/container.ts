import { doc, fields, type Doc } from '../describe.ts';
import { containerIsolationDocs } from './containerIsolation.ts';
import { containerProcessDocs } from './containerProcess.ts';

/** A container of `onboot`, `services` or `onshutdown` (LinuxKit calls the definition `image`). */
export const containerDocs: Record<string, Doc> = {
  image: fields(
    'Container',
    'A container: an image plus OCI options. Fields not set here come from the image\u2019s `org.mobyproject.config` label; most replace those defaults, `binds.add` and `capabilities.add` extend them.',
    { ...containerProcessDocs, ...containerIsolationDocs },
  ),
  images: {
    ...doc('Containers', 'A list of containers, each with at least a `name` and an `image`.'),
    defaultSnippets: [{ label: 'container', description: 'A container with a name and an image', body: [{ name: '${1:name}', image: '${2:image}' }] }],
  },
};
