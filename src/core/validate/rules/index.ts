import type { Rule } from '../types.ts';
import { containersRules } from './containers/index.ts';
import { schemaRules } from './schema/index.ts';
import { volumesRules } from './volumes/index.ts';
import { documentRules } from './document/index.ts';
import { filesRules } from './files/index.ts';

/** Every validation rule, one concern per file, grouped by what they check. */
export const RULES: Rule[] = [...schemaRules, ...documentRules, ...volumesRules, ...containersRules, ...filesRules];
