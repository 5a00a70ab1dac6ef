// Property: validation verdicts follow the rules. A config built to satisfy them (valid volume
// names, all unique, every bind to a defined volume, read-only volumes mounted `ro`, ...) has
// no error, whatever its style; breaking one rule yields exactly that rule's error code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { configSpec } from '../support/configSpec.ts';
import { renderConfig } from '../support/renderConfig.ts';
import { MUTATIONS } from '../support/specMutations.ts';
import { PROPERTY_TIMEOUT_MS } from '../support/budget.ts';

function errorCodes(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);
}

describe('validation verdicts', () => {
  it('a config that follows every rule has no errors', () => {
    fc.assert(
      fc.property(configSpec, fc.integer(), (spec, seed) => {
        const { text } = renderConfig(spec, seed);
        expect(errorCodes(text), text).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it.each(MUTATIONS.map((m) => [m.code, m] as const))('breaking one rule gives exactly %s', (code, mutation) => {
    fc.assert(
      fc.property(configSpec, fc.integer(), fc.nat(), (spec, seed, pick) => {
        const broken = mutation.apply(spec, pick);
        fc.pre(broken !== null);
        const { text } = renderConfig(broken as NonNullable<typeof broken>, seed);
        expect(errorCodes(text), text).toEqual([code]);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
