import { SESSION_KEY, parseSession } from './persistence.ts';
import { readItem, removeItem, writeItem } from './storage.ts';

/** Where saved work that could not be read is kept aside (never overwritten by autosave). */
export const UNREADABLE_KEY = 'linuxkit-studio:session:unreadable';

export type UnreadableCheck =
  /** Nothing unreadable (no saved work, or work that reads). */
  | { kind: 'none' }
  /** The saved work could not be read; it is now kept aside under UNREADABLE_KEY. */
  | { kind: 'kept-aside' }
  /** It could not be read, and there is no room to keep it aside: autosave must not overwrite it. */
  | { kind: 'stuck'; message: string };

/**
 * At start-up: saved work that does not read as a session (damaged, or written by something
 * else) is copied aside before autosave can overwrite it, and the user is told.
 */
export function keepUnreadableAside(storage: Storage | undefined): UnreadableCheck {
  const raw = readItem(storage, SESSION_KEY);
  if (raw === null || parseSession(raw) !== null) return { kind: 'none' };
  const kept = writeItem(storage, UNREADABLE_KEY, raw);
  if (kept.ok) return { kind: 'kept-aside' };
  return {
    kind: 'stuck',
    message: 'your earlier saved work could not be read, and there is no room to keep it aside, so it is not overwritten. Export this work before you close the tab.',
  };
}

/** The work kept aside, or null. */
export function unreadableSave(storage: Storage | undefined): string | null {
  return readItem(storage, UNREADABLE_KEY);
}

export function forgetUnreadableSave(storage: Storage | undefined): void {
  removeItem(storage, UNREADABLE_KEY);
}

export const UNREADABLE_FILE_NAME = 'linuxkit-studio-unreadable-save.txt';
