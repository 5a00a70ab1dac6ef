import { describe, expect, it } from 'vitest';
import { displayPath, sanitize } from './sanitize.ts';

describe('sanitize', () => {
  it('neutralises C0, DEL and C1 controls, newlines and line separators, and keeps the text', () => {
    expect(sanitize('a\x1b]0;title\x07b\tç\x9b\x7f')).toBe('a␛]0;title␇b␉ç\\u{9b}␡');
    expect(sanitize('key\nother.yml:9:9: error[x]: fake')).toBe('key␊other.yml:9:9: error[x]: fake');
    expect(sanitize('a\rb\u2028c')).toBe('a␍b\\u{2028}c');
    expect(sanitize('plain ünïcödé → ok')).toBe('plain ünïcödé → ok');
  });

  it('leaves nothing that starts an escape sequence or a new line', () => {
    for (let c = 0; c < 0x100; c++) {
      const out = sanitize(`x${String.fromCharCode(c)}y`);
      expect(out).not.toMatch(/[\x00-\x1f\x7f-\x9f]/); // eslint-disable-line no-control-regex
    }
  });
});

describe('displayPath', () => {
  it('shows the bytes of a name that is not UTF-8 as \\xNN, and valid UTF-8 as text', () => {
    expect(displayPath(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x79, 0x6d, 0x6c]))).toBe('caf\\xE9.yml');
    expect(displayPath(Buffer.from('café.yml'))).toBe('café.yml');
    expect(displayPath(Buffer.from([0xff, 0xfe, 0x61]))).toBe('\\xFF\\xFEa');
  });
});
