import { describe, expect, it } from 'vitest';
import { makeStyle, wantsColour } from './style.ts';

describe('wantsColour', () => {
  it('is on only for a terminal with NO_COLOR unset', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '' })).toBe(false);
  });
});

describe('makeStyle', () => {
  it('wraps in ANSI codes only when colour is on', () => {
    expect(makeStyle(true).severity('error', 'x')).toBe('\x1b[1;31mx\x1b[0m');
    expect(makeStyle(false).severity('error', 'x')).toBe('x');
  });
});
