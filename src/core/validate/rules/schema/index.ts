import type { Rule } from '../../types.ts';

export const schemaRules: Rule[] = [];
