import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';

/** A validation rule: one concern, pure, never throws. Runs only on text that parsed. */
export type Rule = (parsed: ParsedConfig) => Diagnostic[];
