import { checkSchema } from '../../../schema/checkSchema.ts';
import type { Rule } from '../../types.ts';

/** LinuxKit's JSON Schema check: unknown-field, missing-field, wrong-type and invalid-value. */
export const schemaRules: Rule[] = [checkSchema];
