// Shared by this folder's tests: run only the schema rules on a YAML text.
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { buildModel } from '../../../model/buildModel.ts';
import type { ParsedConfig } from '../../../model/types.ts';
import { parseText } from '../../../parse/parseText.ts';
import { schemaRules } from './index.ts';

export interface Found {
  code: string;
  message: string;
  /** The source text the diagnostic's span covers. */
  at: string;
  target?: string;
  diagnostic: Diagnostic;
}

export function parse(text: string): ParsedConfig {
  const { doc } = parseText(text);
  return { text, doc, model: buildModel(doc, text) };
}

export function runSchema(text: string): Found[] {
  const parsed = parse(text);
  return schemaRules
    .flatMap((rule) => rule(parsed))
    .map((d) => ({ code: d.code, message: d.message, at: text.slice(d.span.start, d.span.end), target: d.target, diagnostic: d }));
}

/** The `- name: x\n  image: y` lines of a container, for fixtures. */
export const CONTAINER_OK = 'name: getty\n    image: linuxkit/getty:v1';
