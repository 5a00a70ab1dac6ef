import { fileNamed } from './files.ts';
import { readItem, writeItem } from './storage.ts';
import type { Studio } from './studio.ts';

export const ACTIVE_FILE_KEY = 'linuxkit-studio:active-file';

/**
 * Which file of a build the editor shows is this tab's session data: kept in the tab's own
 * storage, so a reload shows the same file while another tab keeps its own (a choice of tab is
 * not work, and must not make two tabs' autosaves disagree). `restore`: the page restored the
 * autosaved build (a share link or an example starts at the first file).
 */
export function rememberActiveFile(studio: Studio, storage: Storage | undefined, { restore }: { restore: boolean }): () => void {
  const { store } = studio;
  const saved = restore ? readItem(storage, ACTIVE_FILE_KEY) : null;
  if (saved !== null && store.getState().files.length > 1 && fileNamed(store.getState().files, saved)) store.getState().setActive(saved);
  return store.subscribe((state, prev) => {
    if (state.active !== prev.active) writeItem(storage, ACTIVE_FILE_KEY, state.active);
  });
}
