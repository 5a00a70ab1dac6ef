import { documented, type Doc } from './describe.ts';
import { basicDocs } from './docs/basics.ts';
import { containerDocs } from './docs/container.ts';
import { mountDocs } from './docs/mounts.ts';
import { resourceDocs } from './docs/resources.ts';
import { rootDoc } from './docs/root.ts';
import { runtimeDocs } from './docs/runtime.ts';
import { linuxkitSchema } from './linuxkitSchema.ts';
import type { JsonSchema } from './schemaTypes.ts';

/** The docs of every definition, by definition name. */
export const definitionDocs: Record<string, Doc> = {
  ...basicDocs,
  ...mountDocs,
  ...resourceDocs,
  ...runtimeDocs,
  ...containerDocs,
};

/**
 * LinuxKit's schema with a title, descriptions, examples and snippets on every definition and
 * property: what the editor's hover and completion show. Only the editor loads it; validation
 * uses the bare `linuxkitSchema`.
 */
export const documentedSchema: JsonSchema = {
  ...documented(linuxkitSchema, rootDoc),
  definitions: Object.fromEntries(
    Object.entries(linuxkitSchema.definitions ?? {}).map(([name, def]) => [
      name,
      Object.hasOwn(definitionDocs, name) ? documented(def, definitionDocs[name]) : def,
    ]),
  ),
};
