import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';
import { RULES } from './rules/index.ts';

/** Runs every rule. A rule that fails unexpectedly must not hide the others' results. */
export function validate(parsed: ParsedConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) out.push(...rule(parsed));
  return out;
}
