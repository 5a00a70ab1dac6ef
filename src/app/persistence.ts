import { validPositions, type Positions } from './positions.ts';
import { readItem, writeItem } from './storage.ts';

/** What survives a reload of the page: the text and the layout (session data). */
export interface SavedSession {
  text: string;
  positions: Positions;
}

/** A saved session with the revision that wrote it: tabs compare revisions to notice each other. */
export interface StoredSession extends SavedSession {
  rev: string;
}

export const SESSION_KEY = 'linuxkit-studio:session:v1';

export function loadSession(storage: Storage | undefined): StoredSession | null {
  return parseSession(readItem(storage, SESSION_KEY));
}

/** Reads a stored value (also the `newValue` of a `storage` event); null when it is not a session. */
export function parseSession(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof data.text !== 'string') return null;
    return { text: data.text, positions: validPositions(data.positions), rev: typeof data.rev === 'string' ? data.rev : '' };
  } catch {
    return null;
  }
}

/** Saves the session; returns an error message when the browser refuses (storage full or disabled). */
export function saveSession(storage: Storage | undefined, session: StoredSession): string | null {
  const result = writeItem(storage, SESSION_KEY, JSON.stringify(session));
  if (result.ok) return null;
  return result.missing ? result.message : `Your work is not being saved (${result.message}). Export it before you close the tab.`;
}

export function sameSession(a: SavedSession, b: SavedSession): boolean {
  return a.text === b.text && JSON.stringify(a.positions) === JSON.stringify(b.positions);
}
