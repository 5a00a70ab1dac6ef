import type { Rule } from '../../types.ts';

export const containersRules: Rule[] = [];
