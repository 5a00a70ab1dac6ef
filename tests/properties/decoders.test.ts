// Property: the decoders of untrusted input (share link fragments, layout comment blocks) take
// any string and give a config and layout within the budgets, or a refusal; never an exception.
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBinary } from '../../src/core/text/findBinary.ts';
import { splitLayoutComment } from '../../src/app/layoutComment.ts';
import { MAX_OPEN_BYTES } from '../../src/app/openRule.ts';
import { MAX_COORDINATE, type Positions } from '../../src/app/positions.ts';
import { decodeShareFragment, MAX_FRAGMENT_CHARS } from '../../src/app/shareLink.ts';

function expectWithinBudgets(text: string, positions: Positions): void {
  expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_OPEN_BYTES);
  expect(findBinary(text)).toBe(-1);
  for (const { x, y } of Object.values(positions)) {
    for (const v of [x, y]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThanOrEqual(MAX_COORDINATE);
    }
  }
}

const link = (payload: Uint8Array) => `#lks1.${Buffer.from(payload).toString('base64url')}`;
const coordinate = fc.oneof(fc.double(), fc.constantFrom('1e308', '1e999', '-1e999', 'NaN', '0x10', '-0', '1e7', '10000001'));

// compressed once: a few KiB of link each, inflating to 1, 3 and 10 MiB
const bombs = [1, 3, 10].map((mib) => link(deflateRawSync(JSON.stringify({ t: 'a'.repeat(mib * 1024 * 1024), p: {} }))));

// any string; strings shaped like links; links around arbitrary JSON and arbitrary bytes; deflate bombs
const fragments = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'lks1.ABCabc019-_=+/'.split('')) }).map((s) => `#lks1.${s}`),
  fc.jsonValue().map((v) => link(deflateRawSync(JSON.stringify(v)))),
  fc.record({ t: fc.string({ unit: 'binary' }), p: fc.dictionary(fc.string(), fc.record({ x: coordinate, y: coordinate })) }).map((v) => link(deflateRawSync(JSON.stringify(v)))),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => link(bytes)),
  fc.constantFrom(...bombs),
);

describe('share link decoder', () => {
  it('gives a config within the budgets or a reason for any fragment, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fragments, async (hash) => {
        const result = await decodeShareFragment(hash);
        if (result.ok) {
          expect(hash.replace(/^#/, '').length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
          expectWithinBudgets(result.config.text, result.config.positions);
        } else expect(result.reason).toMatch(/\S/);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

const entryLine = fc.tuple(fc.string(), coordinate, coordinate).map(([id, x, y]) => `# ${JSON.stringify(id)} ${x} ${y}`);
const blocks = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .tuple(fc.string(), fc.constantFrom('', ' no-final-newline', ' v2'), fc.array(fc.oneof(entryLine, fc.string()), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
    .map(([config, suffix, lines, eol]) => `${config}${eol}# linuxkit-studio-layout v1${suffix}${eol}${lines.join(eol)}${eol}`),
);

describe('layout comment decoder', () => {
  it('gives back the text (or the part before the block) and valid positions, or no layout, for any string', () => {
    fc.assert(
      fc.property(blocks, (text) => {
        const split = splitLayoutComment(text);
        expect(text.startsWith(split.text)).toBe(true);
        if (split.positions === null) expect(split.text).toBe(text);
        else
          for (const { x, y } of Object.values(split.positions)) {
            expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
            expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(MAX_COORDINATE);
          }
      }),
      { numRuns: 2000 },
    );
  });
});
