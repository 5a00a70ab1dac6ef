/** The subset of JSON Schema (draft-07) that LinuxKit's schema uses, plus the editor annotations monaco-yaml reads. */
export type JsonType = 'string' | 'integer' | 'boolean' | 'array' | 'object';

export interface Snippet {
  label: string;
  description?: string;
  body: unknown;
}

export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  title?: string;
  description?: string;
  /** Shown by monaco-yaml on hover and in completion instead of `description`. */
  markdownDescription?: string;
  type?: JsonType;
  enum?: readonly string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: readonly string[];
  items?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  examples?: unknown[];
  defaultSnippets?: Snippet[];
}
