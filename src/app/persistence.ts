import { MAIN_FILE, sameFiles, type StudioFile } from './files.ts';
import { validPositions, type Positions } from './positions.ts';
import { readItem, writeItem } from './storage.ts';

/**
 * What survives a reload of the page: the text and the layout (session data). A build of
 * several files (or of one not called linuxkit.yml) also keeps `files`, in order; `text` is
 * then the first file's (what an older version of the studio would open).
 */
export interface SavedSession {
  text: string;
  positions: Positions;
  files?: StudioFile[];
}

/** The files of a saved (or shared) session, in build order. */
export function sessionFiles(session: Pick<SavedSession, 'text' | 'files'>): StudioFile[] {
  return session.files ?? [{ name: MAIN_FILE, text: session.text }];
}

/** The session of a build: one `linuxkit.yml` is saved as before, as its text alone. */
export function sessionOf(files: StudioFile[], positions: Positions): SavedSession {
  const one = files.length === 1 && files[0].name === MAIN_FILE;
  return one ? { text: files[0].text, positions } : { text: files[0].text, positions, files };
}

/** The files of untrusted data (saved, shared): a list of `{name, text}` strings, else undefined. */
export function validFiles(value: unknown): StudioFile[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const files: StudioFile[] = [];
  for (const f of value as unknown[]) {
    const { name, text } = (f ?? {}) as { name?: unknown; text?: unknown };
    if (typeof name !== 'string' || typeof text !== 'string') return undefined;
    files.push({ name, text });
  }
  return files;
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
    const files = validFiles(data.files);
    return { text: data.text, positions: validPositions(data.positions), rev: typeof data.rev === 'string' ? data.rev : '', ...(files ? { files } : {}) };
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
  return sameFiles(sessionFiles(a), sessionFiles(b)) && JSON.stringify(a.positions) === JSON.stringify(b.positions);
}
