import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('binds', 'binds')).toBe(0);
    expect(editDistance('bind', 'binds')).toBe(1);
    expect(editDistance('binds', 'bind')).toBe(1);
    expect(editDistance('data', 'dta')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('bidns', 'binds')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('is case-sensitive (callers lowercase when case does not matter)', () => {
    expect(editDistance('Data', 'data')).toBe(1);
  });
});
