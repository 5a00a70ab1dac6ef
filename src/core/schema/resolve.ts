import { linuxkitSchema } from './linuxkitSchema.ts';
import type { JsonSchema } from './schemaTypes.ts';

const REF_PREFIX = '#/definitions/';

export interface Resolved {
  /** The schema that decides validation (siblings of `$ref` are documentation only). */
  schema: JsonSchema;
  /** The LinuxKit definition name reached through `$ref`, if any. */
  definition?: string;
}

/** Follows `$ref`s into the schema's definitions (LinuxKit's refs are never cyclic). */
export function resolveSchema(schema: JsonSchema, root: JsonSchema = linuxkitSchema): Resolved {
  let current = schema;
  let definition: string | undefined;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const name = current.$ref.startsWith(REF_PREFIX) ? current.$ref.slice(REF_PREFIX.length) : '';
    const target = root.definitions?.[name];
    if (!target) break;
    definition = name;
    current = target;
  }
  return definition === undefined ? { schema: current } : { schema: current, definition };
}

/** The schema of a child: a property (or additional property) of an object, or an item of an array. */
export function childSchema(parent: JsonSchema, segment: string | number, root: JsonSchema = linuxkitSchema): JsonSchema | undefined {
  const { schema } = resolveSchema(parent, root);
  const isIndex = typeof segment === 'number' || /^\d+$/.test(segment);
  if (isIndex && schema.items) return schema.items;
  const key = String(segment);
  if (schema.properties && Object.hasOwn(schema.properties, key)) return schema.properties[key];
  if (typeof schema.additionalProperties === 'object') return schema.additionalProperties;
  return undefined;
}
