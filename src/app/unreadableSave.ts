import { refusalOf } from './openRule.ts';
import { SESSION_KEY, parseSession } from './persistence.ts';
import { readItem, removeItem, writeItem } from './storage.ts';

/** Where saved work that could not be read is kept aside (never overwritten by autosave). */
export const UNREADABLE_KEY = 'linuxkit-studio:session:unreadable';

export type UnreadableCheck =
  /** Nothing unreadable (no saved work, or work that reads). */
  | { kind: 'none' }
  /** The saved work could not be read, or the open rule refuses its text; it is now kept aside under UNREADABLE_KEY. */
  | { kind: 'kept-aside' }
  /** It could not be read, and there is no room to keep it aside: autosave must not overwrite it. */
  | { kind: 'stuck'; message: string };

/**
 * At start-up: saved work that does not read as a session (damaged, or written by something
 * else), or whose text the open rule refuses (over the size limit, binary: opening it would
 * freeze the tab as such a file would), is kept aside before autosave can overwrite it, and
 * the user is told. A refused text is kept as it is, so its download is the config itself.
 * The page then starts without it (`kind` other than 'none').
 */
export function keepUnreadableAside(storage: Storage | undefined): UnreadableCheck {
  const raw = readItem(storage, SESSION_KEY);
  if (raw === null) return { kind: 'none' };
  const session = parseSession(raw);
  if (session && refusalOf(session.text, 'it') === null) return { kind: 'none' };
  if (session) {
    // a session that reads would come back as "another tab's work" at the first save, and a large
    // one leaves no room for a copy: move it (held in memory meanwhile; put back if the move fails)
    removeItem(storage, SESSION_KEY);
    if (writeItem(storage, UNREADABLE_KEY, session.text).ok) return { kind: 'kept-aside' };
    writeItem(storage, SESSION_KEY, raw);
  } else if (writeItem(storage, UNREADABLE_KEY, raw).ok) return { kind: 'kept-aside' };
  return {
    kind: 'stuck',
    message: 'your earlier saved work could not be opened, and there is no room to keep it aside, so it is not overwritten. Export this work before you close the tab.',
  };
}

/** Why the work kept aside cannot be opened (too large, binary), or null when it is damaged data. */
export function unreadableReason(kept: string): string | null {
  return refusalOf(kept, 'it');
}

/** The work kept aside, or null. */
export function unreadableSave(storage: Storage | undefined): string | null {
  return readItem(storage, UNREADABLE_KEY);
}

export function forgetUnreadableSave(storage: Storage | undefined): void {
  removeItem(storage, UNREADABLE_KEY);
}

export const UNREADABLE_FILE_NAME = 'linuxkit-studio-unreadable-save.txt';
