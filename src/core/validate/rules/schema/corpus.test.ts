import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../../tests/corpus.ts';
import { runSchema } from './testkit.ts';

const SCHEMA_CODES = new Set(['unknown-field', 'missing-field', 'wrong-type', 'invalid-value']);
// Validation rules run only on text that parsed; files LinuxKit rejects as YAML are out of scope here.
const corpus = loadCorpus().filter((c) => !c.errorCodes.includes('yaml-syntax'));

describe('schema rules on the LinuxKit corpus', () => {
  it.each(corpus.map((c) => [c.file, c] as const))('%s: schema codes match LinuxKit’s verdict', (_file, entry) => {
    const codes = [...new Set(runSchema(entry.text).map((d) => d.code))].sort();
    expect(codes).toEqual(entry.errorCodes.filter((c) => SCHEMA_CODES.has(c)));
  });
});
