// Property: core never throws. analyze on any string and on damaged real configs,
// projectGraph and autoLayout on whatever analyze returns, applyCommand on damaged configs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { applyCommand } from '../../src/core/commands/applyCommand.ts';
import { autoLayout } from '../../src/core/graph/layout.ts';
import { projectGraph } from '../../src/core/graph/project.ts';
import { loadCorpus } from '../corpus.ts';
import { commandChoice, resolveChoice } from '../support/commandChoice.ts';
import { applyTextEdit, textEdit } from '../support/mutateText.ts';
import { PROPERTY_TIMEOUT_MS } from '../support/budget.ts';

const corpus = loadCorpus();

/** Everything downstream of the text, as the app runs it. */
function runCore(text: string): void {
  const analysis = analyze(text);
  expect(typeof analysis.wellFormed).toBe('boolean');
  for (const d of analysis.diagnostics) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
  }
  const graph = projectGraph(analysis);
  expect(Object.keys(autoLayout(graph))).toHaveLength(graph.nodes.length);
}

describe('core never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(':', '-', ' ', '\n', '[', '{', '#', '&a', '*a', '<<', 'a', '"', '|') })), (text) => {
        runCore(text);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('on real configs damaged by random byte and line edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(textEdit, { minLength: 1, maxLength: 5 }), (entry, edits) => {
        runCore(edits.reduce(applyTextEdit, entry.text));
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('applyCommand on damaged real configs: a new text or a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(textEdit, { minLength: 1, maxLength: 3 }), commandChoice, (entry, edits, choice) => {
        const text = edits.reduce(applyTextEdit, entry.text);
        const analysis = analyze(text);
        const command = resolveChoice(analysis.parsed.model, choice);
        fc.pre(command !== null);
        const result = applyCommand(text, command as NonNullable<typeof command>);
        if (result.ok) expect(analysis.wellFormed && analyze(result.text).wellFormed).toBe(true);
        else expect(result.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
