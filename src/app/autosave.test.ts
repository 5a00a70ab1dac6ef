import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutosave } from './autosave.ts';
import { loadSession, SESSION_KEY } from './persistence.ts';
import { createTestStudio } from './testing/testStudio.ts';

const A = `services:
  - name: web
    image: nginx:1.27
`;
const B = `services:
  - name: db
    image: postgres:16
`;

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  full = false;
  /** The longest value it takes (a browser's quota), in characters. */
  limit = Infinity;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full || value.length > this.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

/** A browser tab: its own store (with its save state), sharing storage; storage events delivered by hand. */
function tab(storage: Storage) {
  const stored = loadSession(storage);
  const studio = createTestStudio(stored ?? { text: A });
  const { store } = studio;
  const events = new EventTarget();
  const stop = startAutosave(studio, storage, { baseRev: stored?.rev ?? null, delayMs: 100, events });
  const deliver = (oldValue: string | null) =>
    events.dispatchEvent(Object.assign(new Event('storage'), { key: SESSION_KEY, oldValue, newValue: storage.getItem(SESSION_KEY) }));
  const hide = () => events.dispatchEvent(new Event('pagehide'));
  return { store, stop, deliver, hide };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves text and layout shortly after a change; a new tab gets them back exactly', () => {
    const storage = new MemoryStorage();
    const first = tab(storage);
    first.store.getState().load(B);
    first.store.getState().movePositions({ 'container:services:db': { x: 333.5, y: 21 } });
    expect(loadSession(storage)).toBeNull();
    vi.advanceTimersByTime(100);
    const saved = loadSession(storage)!;
    expect(saved.text).toBe(B);
    expect(saved.positions['container:services:db']).toEqual({ x: 333.5, y: 21 });
    expect(first.store.getState().saveState.kind).toBe('saved');
    const reloaded = tab(storage);
    expect(reloaded.store.getState().files[0].text).toBe(B);
    expect(reloaded.store.getState().positions).toEqual(first.store.getState().positions);
  });

  it('saves at once when the page is hidden, without waiting for the delay', () => {
    const storage = new MemoryStorage();
    const t = tab(storage);
    t.store.getState().load(B);
    t.hide();
    expect(loadSession(storage)?.text).toBe(B);
  });

  it('says so when storage is full, and keeps the text', () => {
    const storage = new MemoryStorage();
    const t = tab(storage);
    storage.full = true;
    t.store.getState().load(B);
    vi.advanceTimersByTime(100);
    const state = t.store.getState().saveState;
    expect(state).toMatchObject({ kind: 'error', message: expect.stringContaining("not being saved (the browser's storage for this site is full)") });
    expect(t.store.getState().notice).toMatchObject({ kind: 'error', message: state.kind === 'error' ? state.message : '' });
    expect(t.store.getState().files[0].text).toBe(B);
  });

  it('keeps the text when text and layout together do not fit: saves it without the layout and says so once', () => {
    const storage = new MemoryStorage();
    const t = tab(storage);
    t.store.getState().load(B);
    vi.advanceTimersByTime(100);
    const withLayout = storage.getItem(SESSION_KEY)!.length;
    t.store.getState().movePositions({ 'container:services:db': { x: 333.5, y: 21 } });
    // room for the session without its positions only
    storage.limit = withLayout - JSON.stringify(loadSession(storage)!.positions).length + 30;
    t.store.getState().editorChanged(B + '# more\n');
    vi.advanceTimersByTime(100);
    expect(t.store.getState().saveState.kind).toBe('saved');
    const saved = loadSession(storage)!;
    expect(saved.text).toBe(B + '# more\n');
    expect(saved.positions).toEqual({});
    expect(t.store.getState().notice?.message).toContain('without the layout');
    t.store.getState().editorChanged(B + '# more, again\n');
    t.store.getState().dismissNotice();
    vi.advanceTimersByTime(100);
    expect(loadSession(storage)!.text).toBe(B + '# more, again\n');
    expect(t.store.getState().notice).toBeNull();
    // after a reload the page has been told already
    const reloaded = tab(storage);
    reloaded.store.getState().movePositions({ 'container:services:db': { x: 10, y: 20 } });
    vi.advanceTimersByTime(100);
    expect(reloaded.store.getState().saveState.kind).toBe('saved');
    expect(reloaded.store.getState().notice).toBeNull();
  });

  it("does not overwrite another tab's newer save: it pauses and lets the user choose", () => {
    const storage = new MemoryStorage();
    const first = tab(storage);
    first.store.getState().load(A + '# first\n');
    vi.advanceTimersByTime(100);
    const second = tab(storage);
    expect(second.store.getState().files[0].text).toBe(A + '# first\n');

    const before = storage.getItem(SESSION_KEY);
    second.store.getState().load(B);
    vi.advanceTimersByTime(100);
    first.deliver(before);
    expect(first.store.getState().saveState).toMatchObject({ kind: 'conflict', theirs: { text: B } });

    // the first tab keeps editing: nothing it does reaches storage until the user chooses
    first.store.getState().load(A + '# first, edited\n');
    vi.advanceTimersByTime(1000);
    expect(loadSession(storage)!.text).toBe(B);

    first.store.getState().keepMine();
    expect(loadSession(storage)!.text).toBe(A + '# first, edited\n');
    second.deliver(null);
    expect(second.store.getState().saveState).toMatchObject({ kind: 'conflict', theirs: { text: A + '# first, edited\n' } });
    second.store.getState().loadTheirs();
    expect(second.store.getState().files[0].text).toBe(A + '# first, edited\n');
    vi.advanceTimersByTime(100);
    expect(second.store.getState().saveState.kind).toBe('saved');
  });

  it("\"Load theirs\" refuses the other tab's work under the open rule (binary data), with a notice, and changes nothing", () => {
    const storage = new MemoryStorage();
    const first = tab(storage);
    first.store.getState().load(A + '# mine\n');
    vi.advanceTimersByTime(100);
    const before = storage.getItem(SESSION_KEY);
    storage.setItem(SESSION_KEY, JSON.stringify({ text: '# theirs\n# a \u0000 in it\n', positions: {}, rev: 'other' }));
    first.deliver(before);
    expect(first.store.getState().saveState.kind).toBe('conflict');
    first.store.getState().loadTheirs();
    expect(first.store.getState().files[0].text).toBe(A + '# mine\n');
    expect(first.store.getState().notice).toMatchObject({ kind: 'error', message: expect.stringContaining("The other tab's work contains binary data (a NUL byte at line 2, column 5). Nothing was changed") });
    expect(first.store.getState().saveState.kind).toBe('conflict');
    first.store.getState().keepMine();
    expect(loadSession(storage)!.text).toBe(A + '# mine\n');
  });

  it('notices a conflict at save time even without a storage event', () => {
    const storage = new MemoryStorage();
    const first = tab(storage);
    const second = tab(storage);
    second.store.getState().load(B);
    vi.advanceTimersByTime(100);
    first.store.getState().load(A + '# mine\n');
    vi.advanceTimersByTime(100);
    expect(first.store.getState().saveState).toMatchObject({ kind: 'conflict', theirs: { text: B } });
    expect(loadSession(storage)!.text).toBe(B);
  });

  it('follows another tab silently when both hold the same work', () => {
    const storage = new MemoryStorage();
    const first = tab(storage);
    const second = tab(storage);
    second.store.getState().movePositions({ ...first.store.getState().positions });
    second.store.getState().load(first.store.getState().files[0].text, { positions: first.store.getState().positions });
    vi.advanceTimersByTime(100);
    first.deliver(null);
    expect(first.store.getState().saveState.kind).toBe('saved');
  });
});
