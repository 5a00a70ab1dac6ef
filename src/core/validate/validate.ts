import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';
import { BUILD_RULES, RULES } from './rules/index.ts';
import { soloScope, type BuildScope } from './scope.ts';

/**
 * Runs every rule and gathers their diagnostics (looping, not spreading: there may be 100,000s).
 * `scope` is the build the file is part of (default: the file alone); null when the build could
 * not be merged (another file does not parse): then the rules that resolve across it are skipped.
 */
export function validate(parsed: ParsedConfig, scope?: BuildScope | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const resolved = scope ?? soloScope();
  for (const rule of RULES) {
    if (scope === null && BUILD_RULES.has(rule)) continue;
    for (const d of rule(parsed, resolved)) out.push(d);
  }
  return out;
}
