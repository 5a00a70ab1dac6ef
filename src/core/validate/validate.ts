import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';
import { RULES } from './rules/index.ts';

/** Runs every rule and gathers their diagnostics (looping, not spreading: there may be 100,000s). */
export function validate(parsed: ParsedConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    for (const d of rule(parsed)) out.push(d);
  }
  return out;
}
