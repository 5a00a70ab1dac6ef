// The valid corpus files as test cases, and a step to start command trips from (shared by the round-trip test files).
import { analyze } from '../../src/core/analyze.ts';
import { loadCorpus } from '../corpus.ts';
import type { Step } from './steps.ts';

export const valid = loadCorpus().filter((e) => e.valid);
export const cases = valid.map((e) => [e.file, e.text] as const);

export function start(text: string): Step {
  return { text, analysis: analyze(text) };
}
