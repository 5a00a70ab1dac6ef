import { describe, expect, it } from 'vitest';
import { closestKey, editDistance } from './suggest.ts';

describe('closestKey', () => {
  it('counts edits, case-insensitively, with transpositions as one', () => {
    expect(editDistance('bind', 'binds')).toBe(1);
    expect(editDistance('imgae', 'image')).toBe(1);
    expect(editDistance('readOnly', 'readonly')).toBe(0);
  });

  it('suggests only close keys', () => {
    expect(closestKey('bind', ['binds', 'name'])).toBe('binds');
    expect(closestKey('capabilites', ['capabilities', 'capabilities.add'])).toBe('capabilities');
    expect(closestKey('zzzz', ['binds', 'name'])).toBeUndefined();
  });
});
