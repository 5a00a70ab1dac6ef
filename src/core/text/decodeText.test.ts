import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Byte } from './decodeText.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it('decodes UTF-8 and drops a leading BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'kernel: é'))).toEqual({ ok: true, text: 'kernel: é' });
  });

  it('reports the first bad byte and its UTF-16 offset, BOM and astral characters included', () => {
    const result = decodeText(bytes([0xef, 0xbb, 0xbf], 'a😀\n', [0xff], 'b'));
    // bytes: BOM (3) + a (1) + 😀 (4) + \n (1) -> 0xFF at byte 9; text offset: a + surrogate pair + \n = 4.
    expect(result).toEqual({ ok: false, text: 'a😀\n\ufffdb', badByte: 9, badOffset: 4 });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['valid text (its byte length)', bytes('héllo 😀 ✓'), 15],
    ['a lone continuation byte', bytes('ab', [0x80]), 2],
    ['an overlong slash (C0 AF)', bytes('a', [0xc0, 0xaf]), 1],
    ['an overlong three-byte form (E0 80 AF)', bytes([0xe0, 0x80, 0xaf]), 0],
    ['a UTF-16 surrogate (ED A0 80)', bytes('x', [0xed, 0xa0, 0x80]), 1],
    ['a code point past U+10FFFF (F4 90 80 80)', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a sequence cut short by the end', bytes('ok', [0xe2, 0x9c]), 2],
    ['a sequence cut short by ASCII', bytes([0xe2, 0x41, 0x41]), 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8Byte(input)).toBe(expected);
  });

  it('agrees with the strict TextDecoder on every two-byte input', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const input = new Uint8Array([a, b]);
        let valid = true;
        try {
          strict.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Byte(input) === 2).toBe(valid);
      }
    }
  });
});
