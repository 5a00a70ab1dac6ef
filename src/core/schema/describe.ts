import type { JsonSchema, Snippet } from './schemaTypes.ts';

/**
 * Documentation of one schema node, for editors (hover, completion). Kept apart from the schema's
 * structure: validation needs only the structure, so the texts load with the editor.
 */
export interface Doc {
  title: string;
  /** Markdown (backticks for code). */
  text: string;
  /** YAML, shown as a code block. */
  example?: string;
  /** Docs of an object's properties, by key. */
  properties?: Record<string, Doc>;
  /** Sample values offered in completion. */
  examples?: unknown[];
  defaultSnippets?: Snippet[];
}

export function doc(title: string, text: string, example?: string): Doc {
  return example === undefined ? { title, text } : { title, text, example };
}

/** Docs of an object definition and of each of its properties. */
export function fields(title: string, text: string, properties: Record<string, Doc>): Doc {
  return { title, text, properties };
}

/**
 * A schema node with its title and the two descriptions editors show. The plain `description`
 * drops the backticks; `markdownDescription` adds the example as a code block.
 */
export function documented(base: JsonSchema, d: Doc): JsonSchema {
  const { title, text, example } = d;
  const plain = text.replace(/`/g, '');
  const out: JsonSchema = { ...base, title };
  // A one-line example reads well in plain text; a multi-line one only in the Markdown block.
  out.description = example && !example.includes('\n') ? `${plain} Example: ${example}` : plain;
  out.markdownDescription = example ? `${text}\n\nExample:\n\`\`\`yaml\n${example}\n\`\`\`` : text;
  if (d.examples) out.examples = d.examples;
  if (d.defaultSnippets) out.defaultSnippets = d.defaultSnippets;
  if (d.properties && base.properties) {
    const props = d.properties;
    out.properties = Object.fromEntries(Object.entries(base.properties).map(([key, p]) => [key, Object.hasOwn(props, key) ? documented(p, props[key]) : p]));
  }
  return out;
}
