import type { Positions } from './positions.ts';

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
  try {
    return parseSession(storage?.getItem(SESSION_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Reads a stored value (also the `newValue` of a `storage` event); null when it is not a session. */
export function parseSession(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof data.text !== 'string') return null;
    const positions = data.positions && typeof data.positions === 'object' ? data.positions : {};
    return { text: data.text, positions, rev: typeof data.rev === 'string' ? data.rev : '' };
  } catch {
    return null;
  }
}

/** Saves the session; returns an error message when the browser refuses (storage full or disabled). */
export function saveSession(storage: Storage | undefined, session: StoredSession): string | null {
  if (!storage) return 'Your work is not being saved: this browser gives the page no storage. Export it before you close the tab.';
  try {
    storage.setItem(SESSION_KEY, JSON.stringify(session));
    return null;
  } catch (e) {
    return `Your work is not being saved (${(e as Error).message || 'storage full or disabled'}). Export it before you close the tab.`;
  }
}

export function sameSession(a: SavedSession, b: SavedSession): boolean {
  return a.text === b.text && JSON.stringify(a.positions) === JSON.stringify(b.positions);
}
