import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { corpusFiles, loadCorpus } from './corpus.ts';

const corpus = loadCorpus();

describe('the LinuxKit corpus', () => {
  it('lists every config file in EXPECTED.tsv', () => {
    expect(corpus.map((c) => c.file).sort()).toEqual(corpusFiles().sort());
    expect(corpus.length).toBeGreaterThan(150);
  });

  it.each(corpus.map((c) => [c.file, c] as const))('%s gets LinuxKit’s verdict and error codes', (_file, entry) => {
    const { diagnostics } = analyze(entry.text);
    const errorCodes = [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort();
    expect(errorCodes).toEqual(entry.errorCodes);
    expect(errorCodes.length === 0).toBe(entry.valid);
  });
});
