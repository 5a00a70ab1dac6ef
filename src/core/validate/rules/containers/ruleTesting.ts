// Helpers for the rule tests of this folder: parse real YAML and show each diagnostic with the text it covers.
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { buildModel } from '../../../model/buildModel.ts';
import type { ParsedConfig } from '../../../model/types.ts';
import { parseText } from '../../../parse/parseText.ts';
import type { Rule } from '../../types.ts';

export function parseConfig(text: string): ParsedConfig {
  const { doc } = parseText(text);
  return { text, doc, model: buildModel(doc, text) };
}

export interface ShownDiagnostic {
  code: Diagnostic['code'];
  severity: Diagnostic['severity'];
  /** The source text the span covers. */
  covers: string;
  target?: string;
  message: string;
  fixes: NonNullable<Diagnostic['fixes']>;
}

export function runRule(rule: Rule, text: string): ShownDiagnostic[] {
  return rule(parseConfig(text)).map((d) => {
    const shown: ShownDiagnostic = {
      code: d.code,
      severity: d.severity,
      covers: text.slice(d.span.start, d.span.end),
      message: d.message,
      fixes: d.fixes ?? [],
    };
    if (d.target !== undefined) shown.target = d.target;
    return shown;
  });
}
