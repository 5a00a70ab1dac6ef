import { describe, expect, it } from 'vitest';
import { SESSION_KEY } from './persistence.ts';
import { memoryStorage } from './testing/memoryStorage.ts';
import { keepUnreadableAside, UNREADABLE_KEY, unreadableReason, unreadableSave } from './unreadableSave.ts';

const storage = memoryStorage;

describe('unreadable saved work', () => {
  it('is copied aside before autosave can overwrite it', () => {
    const s = storage({ [SESSION_KEY]: '{"text": 12, "damaged' });
    expect(keepUnreadableAside(s)).toEqual({ kind: 'kept-aside' });
    expect(unreadableSave(s)).toBe('{"text": 12, "damaged');
    expect(s.getItem(UNREADABLE_KEY)).toBe('{"text": 12, "damaged');
  });

  it('leaves readable or absent work alone', () => {
    expect(keepUnreadableAside(storage({ [SESSION_KEY]: JSON.stringify({ text: 'a: 1\n', positions: {}, rev: 'r' }) }))).toEqual({ kind: 'none' });
    expect(keepUnreadableAside(storage({}))).toEqual({ kind: 'none' });
    expect(keepUnreadableAside(undefined)).toEqual({ kind: 'none' });
  });

  it('says when there is no room to keep it aside, so that autosave stays off', () => {
    expect(keepUnreadableAside(storage({ [SESSION_KEY]: 'not json' }, true))).toMatchObject({ kind: 'stuck', message: expect.stringContaining('not overwritten') });
  });
});

describe('saved work the open rule refuses', () => {
  const session = (text: string) => JSON.stringify({ text, positions: {}, rev: 'r1' });

  it('over the size limit is kept aside as its text (the download is the config), and the page starts without it', () => {
    const big = `services: []\n${'# filler line of a large config\n'.repeat(80_000)}`;
    const s = storage({ [SESSION_KEY]: session(big) });
    expect(keepUnreadableAside(s)).toEqual({ kind: 'kept-aside' });
    expect(unreadableSave(s)).toBe(big);
    expect(s.getItem(SESSION_KEY)).toBeNull();
    expect(unreadableReason(big)).toMatch(/^it is 2\.\d MiB; the limit is 2 MiB$/);
  });

  it('holding binary data is kept aside with the position of the character', () => {
    const s = storage({ [SESSION_KEY]: session('services: []\n# a\u0000b\n') });
    expect(keepUnreadableAside(s)).toEqual({ kind: 'kept-aside' });
    expect(unreadableReason(unreadableSave(s)!)).toBe('it contains binary data (a NUL byte at line 2, column 4)');
  });

  it('damaged data has no such reason: it could not be read at all', () => {
    expect(unreadableReason('{"text": 12, "damaged')).toBeNull();
  });
});

describe('moving refused saved work aside', () => {
  it('puts it back where it was when there is no room even after the move, so nothing is lost', () => {
    const raw = JSON.stringify({ text: 'services: []\n# \u0000\n', positions: {}, rev: 'r' });
    const s = storage({ [SESSION_KEY]: raw });
    const setItem = s.setItem.bind(s);
    s.setItem = (k, v) => {
      if (k === UNREADABLE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem(k, v);
    };
    expect(keepUnreadableAside(s)).toMatchObject({ kind: 'stuck' });
    expect(s.getItem(SESSION_KEY)).toBe(raw);
  });
});
