import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';
import type { BuildScope } from './scope.ts';

/**
 * A validation rule: one concern, pure, never throws. Runs only on text that parsed. Rules that
 * resolve names (volumes, uid/gid, service names) take the build's scope; without one the file is
 * its own build.
 */
export type Rule = (parsed: ParsedConfig, scope?: BuildScope) => Diagnostic[];
