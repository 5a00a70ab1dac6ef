import { documentedSchema } from './documentedSchema.ts';
import { childSchema, resolveSchema } from './resolve.ts';
import type { JsonSchema } from './schemaTypes.ts';

export interface FieldDoc {
  title: string;
  description: string;
  /** The same text with Markdown (code spans and an example block), for hovers. */
  markdownDescription?: string;
}

function docOf(schema: JsonSchema): FieldDoc | undefined {
  if (!schema.title || !schema.description) return undefined;
  const doc: FieldDoc = { title: schema.title, description: schema.description };
  if (schema.markdownDescription) doc.markdownDescription = schema.markdownDescription;
  return doc;
}

/**
 * Documentation of the field at a key path, e.g. `['services', '0', 'binds']`, read from the schema.
 * A path to a list item (`['volumes', '1']`) gives the item's definition (Volume).
 */
export function fieldDoc(path: readonly string[]): FieldDoc | undefined {
  let schema: JsonSchema | undefined = documentedSchema;
  for (const segment of path) {
    schema = childSchema(schema, segment, documentedSchema);
    if (!schema) return undefined;
  }
  // Docs written beside a `$ref` describe this use of the definition; fall back to the definition's own.
  return docOf(schema) ?? docOf(resolveSchema(schema, documentedSchema).schema);
}
