import { admitBuild } from './openRule.ts';
import { loadSession, parseSession, saveSession, sameSession, sessionFiles, sessionOf, SESSION_KEY, type SavedSession } from './persistence.ts';
import type { SaveState } from './sessionStatus.ts';
import { NO_STORAGE_MESSAGE } from './storage.ts';
import type { Studio } from './studio.ts';

export interface AutosaveOptions {
  /** The revision this tab started from (the one it loaded), or null when it started fresh. */
  baseRev: string | null;
  delayMs?: number;
  /** Listens for other tabs' saves and for the page being hidden (window in the browser; a stub in tests). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Whether the page is hidden now (document.visibilityState in the browser). */
  hidden?: () => boolean;
  /** Save at once: the page opened something that is not saved yet (a shared link on a first visit). */
  saveNow?: boolean;
}

function newRev(counter: number): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter.toString(36)}`;
}

/**
 * Saves text and layout shortly after they change, and when the page is hidden. Two tabs
 * never silently overwrite each other: a save only goes through while storage still holds
 * the revision this tab last saw; otherwise (or when another tab's save arrives) autosave
 * pauses and the user chooses: keep mine, or load theirs.
 */
export function startAutosave(studio: Studio, storage: Storage | undefined, options: AutosaveOptions): () => void {
  const { store } = studio;
  const delayMs = options.delayMs ?? 400;
  let revs = 0;
  let baseRev = options.baseRev;
  let lastSaved: SavedSession | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const setSaveState = (state: SaveState) => store.getState().setSaveState(state);
  // studio.files() takes the typing the editor still holds back (its debounce) first
  const current = (): SavedSession => sessionOf(studio.files(), store.getState().positions);

  // said once: the storage holds the text but not the layout as well
  let toldLayoutLeftOut = false;
  const write = (session: SavedSession) => {
    const rev = newRev(revs++);
    let error = saveSession(storage, { ...session, rev });
    // a very large build's layout (tens of thousands of positions) can fill the storage the text fits in:
    // the text is what must not be lost; the layout is laid out afresh on reload
    if (error && storage && Object.keys(session.positions).length > 0) {
      // an earlier page of this work was saved so already, and said so (this page was reloaded)
      const before = loadSession(storage);
      const alreadyWithout = before !== null && Object.keys(before.positions).length === 0;
      if (saveSession(storage, { ...session, positions: {}, rev }) === null) error = null;
      if (error === null && !toldLayoutLeftOut && !alreadyWithout) {
        toldLayoutLeftOut = true;
        store.getState().showNotice('info', "Saved in this browser without the layout: text and layout together do not fit in the browser's storage. A reload lays the graph out afresh.");
      }
    }
    if (error) {
      // the toolbar has room for the start of it only: the first failure is told whole
      if (store.getState().saveState.kind !== 'error') store.getState().showNotice('error', error);
      setSaveState({ kind: 'error', message: error });
      return;
    }
    baseRev = rev;
    lastSaved = session;
    setSaveState({ kind: 'saved' });
  };

  const save = () => {
    timer = null;
    if (store.getState().saveState.kind === 'conflict') return;
    const mine = current();
    const stored = loadSession(storage);
    if (stored && stored.rev !== baseRev) {
      if (sameSession(stored, mine)) {
        baseRev = stored.rev;
        lastSaved = mine;
        setSaveState({ kind: 'saved' });
      } else setSaveState({ kind: 'conflict', theirs: stored });
      return;
    }
    if (lastSaved && stored && sameSession(lastSaved, mine)) setSaveState({ kind: 'saved' });
    else write(mine);
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    if (store.getState().saveState.kind !== 'conflict') setSaveState({ kind: 'pending' });
    timer = setTimeout(save, delayMs);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.files !== prev.files || state.positions !== prev.positions) schedule();
  });

  const onStorage = (e: Event) => {
    const { key, newValue } = e as StorageEvent;
    if (key !== SESSION_KEY) return;
    const theirs = parseSession(newValue);
    if (!theirs || theirs.rev === baseRev) return;
    if (sameSession(theirs, current())) {
      baseRev = theirs.rev;
      lastSaved = current();
      return;
    }
    setSaveState({ kind: 'conflict', theirs });
  };

  store.setState({
    keepMine() {
      setSaveState({ kind: 'saved' });
      write(current());
    },
    loadTheirs() {
      const state = store.getState().saveState;
      if (state.kind !== 'conflict') return;
      // the other tab's save comes in like any other text: under the open rule, a refusal said
      const refused = theirsRefusal(state.theirs);
      if (refused) {
        store.getState().showNotice('error', refused);
        return;
      }
      baseRev = state.theirs.rev;
      lastSaved = sessionOf(sessionFiles(state.theirs), state.theirs.positions);
      setSaveState({ kind: 'saved' });
      store.getState().load(sessionFiles(state.theirs), { positions: state.theirs.positions, label: "Load the other tab's work" });
    },
  });

  // The page may go away now (close, reload, tab switch on mobile): take the typing the editor
  // still holds back, whatever its debounce, and save without waiting for the timer.
  const hidden = options.hidden ?? (() => globalThis.document?.visibilityState === 'hidden');
  const onLeave = () => {
    studio.files();
    if (!timer) return;
    clearTimeout(timer);
    save();
  };
  const onVisibility = () => {
    if (hidden()) onLeave();
  };
  const events = options.events ?? globalThis;
  const leaving = [
    ['pagehide', onLeave],
    ['beforeunload', onLeave],
    ['visibilitychange', onVisibility],
  ] as const;
  for (const [type, fn] of leaving) events.addEventListener?.(type, fn);
  events.addEventListener?.('storage', onStorage);
  if (!storage) setSaveState({ kind: 'error', message: NO_STORAGE_MESSAGE });
  else if (options.saveNow) save();
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    for (const [type, fn] of leaving) events.removeEventListener?.(type, fn);
    events.removeEventListener?.('storage', onStorage);
  };
}

/** Why the other tab's saved work cannot be loaded here (the open rule: size, binary data), or null. */
export function theirsRefusal(theirs: Pick<SavedSession, 'text' | 'files'>): string | null {
  const files = theirs.files ? theirs.files : [{ name: "The other tab's work", text: theirs.text }];
  const admitted = admitBuild(files);
  if (admitted.ok) return null;
  return `${admitted.reason.replace(/ Nothing was changed\.$/, '')} Nothing was changed; keep yours, or export theirs from the other tab.`;
}
