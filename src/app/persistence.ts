import type { Positions } from './positions.ts';

/** What survives a reload of the page: the text and the layout (session data). */
export interface SavedSession {
  text: string;
  positions: Positions;
}

const KEY = 'linuxkit-studio:session:v1';

export function loadSession(storage: Storage | undefined): SavedSession | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<SavedSession>;
    if (typeof data.text !== 'string') return null;
    const positions = data.positions && typeof data.positions === 'object' ? data.positions : {};
    return { text: data.text, positions };
  } catch {
    return null;
  }
}

/** Saves the session; returns an error message when the browser refuses (storage full or disabled). */
export function saveSession(storage: Storage | undefined, session: SavedSession): string | null {
  try {
    storage?.setItem(KEY, JSON.stringify(session));
    return null;
  } catch (e) {
    return `Could not save your work in this browser: ${(e as Error).message}`;
  }
}
