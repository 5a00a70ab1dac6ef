// Property: any random sequence of commands on a random realistic config keeps the text
// well-formed, shows each successful command in the model, and keeps every comment that
// did not belong to a removed element.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { applyCommand } from '../../src/core/commands/applyCommand.ts';
import { applyEdits } from '../../src/core/edit/applyEdits.ts';
import { commandChoice, resolveChoice } from '../support/commandChoice.ts';
import { CommentLedger } from '../support/commentLedger.ts';
import { configSpec } from '../support/configSpec.ts';
import { expectReflects } from '../support/expectReflects.ts';
import { renderConfig } from '../support/renderConfig.ts';
import { PROPERTY_TIMEOUT_MS } from '../support/budget.ts';

const tally = { applied: 0, refused: 0 };

describe('random command sequences', () => {
  it('keep the text well-formed, the model in step and unrelated comments in place', () => {
    fc.assert(
      fc.property(configSpec, fc.integer(), fc.array(commandChoice, { minLength: 1, maxLength: 10 }), (spec, seed, choices) => {
        const rendered = renderConfig(spec, seed);
        let text = rendered.text;
        let analysis = analyze(text);
        expect(analysis.wellFormed).toBe(true);
        const ledger = new CommentLedger(rendered.comments, analysis.parsed.model);
        for (const choice of choices) {
          const command = resolveChoice(analysis.parsed.model, choice);
          if (!command) continue;
          const result = applyCommand(text, command);
          if (!result.ok) {
            tally.refused++;
            expect(result.reason.length).toBeGreaterThan(10);
            continue;
          }
          tally.applied++;
          expect(applyEdits(text, result.edits)).toBe(result.text);
          const next = analyze(result.text);
          expect(next.wellFormed, `${JSON.stringify(command)} on\n${text}`).toBe(true);
          expectReflects(analysis.parsed.model, next.parsed.model, command);
          ledger.record(command, analysis.parsed.model, next.parsed.model);
          // a CRLF file stays CRLF: inserted lines use the file's line break (a text left with
          // no line break at all, e.g. one line after removals, has none to follow)
          if (text.includes('\r\n')) expect(/(^|[^\r])\n/.test(result.text), `bare LF after ${JSON.stringify(command)}`).toBe(false);
          const lost = ledger.alive().filter((c) => !result.text.includes(c.token));
          expect(lost.map((c) => c.token), `${JSON.stringify(command)} on\n${text}\ngave\n${result.text}`).toEqual([]);
          text = result.text;
          analysis = next;
        }
      }),
      { numRuns: 400 },
    );
    // the generator must exercise the commands, not just have them refused
    expect(tally.applied).toBeGreaterThan(tally.refused);
  }, PROPERTY_TIMEOUT_MS);

  it('never bring an error into a valid config (commands keep names valid, binds defined, read-only volumes ro)', () => {
    fc.assert(
      fc.property(configSpec, fc.integer(), fc.array(commandChoice, { minLength: 1, maxLength: 10 }), (spec, seed, choices) => {
        let text = renderConfig(spec, seed).text;
        for (const choice of choices) {
          const command = resolveChoice(analyze(text).parsed.model, choice);
          const result = command && applyCommand(text, command);
          if (!result?.ok) continue;
          const errors = analyze(result.text).diagnostics.filter((d) => d.severity === 'error');
          expect(errors.map((d) => `${d.code}: ${d.message}`), `${JSON.stringify(command)} on\n${text}`).toEqual([]);
          text = result.text;
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
