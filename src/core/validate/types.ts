import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';
import type { BuildScope } from './scope.ts';

/**
 * A validation rule: one concern, pure, never throws. Runs only on text that parsed. Rules that
 * resolve names read them from the model; in a build of several files `scope` says which file
 * holds what (without one the file is its own build).
 */
export type Rule = (parsed: ParsedConfig, scope?: BuildScope) => Diagnostic[];
