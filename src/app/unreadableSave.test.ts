import { describe, expect, it } from 'vitest';
import { SESSION_KEY } from './persistence.ts';
import { keepUnreadableAside, UNREADABLE_KEY, unreadableSave } from './unreadableSave.ts';

function storage(entries: Record<string, string>, full = false): Storage {
  const data = new Map(Object.entries(entries));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

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
