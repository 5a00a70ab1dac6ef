// Running commands in tests: a step must succeed, its edits must reproduce its text, and the text must parse.
import { expect } from 'vitest';
import { analyze, type Analysis } from '../../src/core/analyze.ts';
import { applyCommand } from '../../src/core/commands/applyCommand.ts';
import type { Command } from '../../src/core/commands/types.ts';
import { applyEdits } from '../../src/core/edit/applyEdits.ts';

export interface Step {
  text: string;
  analysis: Analysis;
}

/** Applies a command that must succeed; fails the test with the refusal reason otherwise. */
export function step(text: string, command: Command, label = ''): Step {
  const result = applyCommand(text, command);
  if (!result.ok) throw new Error(`${label} ${JSON.stringify(command)} was refused: ${result.reason}`);
  expect(applyEdits(text, result.edits), `${label} edits reproduce the text`).toBe(result.text);
  const analysis = analyze(result.text);
  expect(analysis.wellFormed, `${label} ${JSON.stringify(command)} leaves well-formed YAML`).toBe(true);
  return { text: result.text, analysis };
}

/** Where two texts differ: `[start, end)` in each, after their common prefix and suffix. */
export interface Changed {
  start: number;
  beforeEnd: number;
  afterEnd: number;
}

export function changedRegion(before: string, after: string): Changed {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}
