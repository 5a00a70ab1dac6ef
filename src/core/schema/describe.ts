import type { JsonSchema, JsonType } from './schemaTypes.ts';

/**
 * Adds a title and the two descriptions editors show. `text` is Markdown (backticks for code);
 * the plain `description` drops the backticks. The example is YAML, shown as a code block.
 */
export function documented(base: JsonSchema, title: string, text: string, example?: string): JsonSchema {
  const plain = text.replace(/`/g, '');
  const out: JsonSchema = { ...base, title };
  // A one-line example reads well in plain text; a multi-line one only in the Markdown block.
  out.description = example && !example.includes('\n') ? `${plain} Example: ${example}` : plain;
  out.markdownDescription = example ? `${text}\n\nExample:\n\`\`\`yaml\n${example}\n\`\`\`` : text;
  return out;
}

const typed = (type: JsonType) => (title: string, text: string, example?: string) =>
  documented({ type }, title, text, example);

export const str = typed('string');
export const bool = typed('boolean');
export const int = typed('integer');

export function ref(definition: string, title: string, text: string, example?: string): JsonSchema {
  return documented({ $ref: `#/definitions/${definition}` }, title, text, example);
}

/** A `uid`/`gid` value: a number, or the name of a container whose allocated id is used. */
export function idValue(title: string, text: string, example?: string): JsonSchema {
  return documented({ anyOf: [{ type: 'string' }, { type: 'integer' }] }, title, text, example);
}

export function object(title: string, text: string, properties: Record<string, JsonSchema>): JsonSchema {
  return documented({ type: 'object', additionalProperties: false, properties }, title, text);
}

export function arrayOf(definition: string, title: string, text: string): JsonSchema {
  return documented({ type: 'array', items: { $ref: `#/definitions/${definition}` } }, title, text);
}
