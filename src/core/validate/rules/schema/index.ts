import { withSchemaFixes } from '../../../fixes/schemaFixes.ts';
import { checkSchema } from '../../../schema/checkSchema.ts';
import type { Rule } from '../../types.ts';

/**
 * LinuxKit's JSON Schema check (moby/config.go NewConfig validates with gojsonschema against
 * moby/schema.go): unknown-field, missing-field, wrong-type and invalid-value (with their quick fixes).
 */
export const schemaRules: Rule[] = [(parsed) => withSchemaFixes(parsed, checkSchema(parsed))];
