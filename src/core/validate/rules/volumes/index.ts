import type { Rule } from '../../types.ts';

export const volumesRules: Rule[] = [];
