// Test harness for the volume rules (not a test file itself): runs one rule on YAML text.
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { buildModel } from '../../../model/buildModel.ts';
import type { ParsedConfig } from '../../../model/types.ts';
import { parseText } from '../../../parse/parseText.ts';
import type { Rule } from '../../types.ts';

export interface Found extends Diagnostic {
  /** The text the span covers. */
  text: string;
}

export function parse(text: string): ParsedConfig {
  const { doc } = parseText(text);
  return { text, doc, model: buildModel(doc, text) };
}

export function run(rule: Rule, text: string): Found[] {
  return rule(parse(text)).map((d) => ({ ...d, text: text.slice(d.span.start, d.span.end) }));
}
