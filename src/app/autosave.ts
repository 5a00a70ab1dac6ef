import { saveSession } from './persistence.ts';
import type { StudioStore } from './store.ts';

/** Saves text and layout shortly after they change, and when the page is hidden. */
export function startAutosave(store: StudioStore, storage: Storage | undefined, delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    const { text, positions, showNotice } = store.getState();
    const error = saveSession(storage, { text, positions });
    if (error) showNotice('error', error);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.text === prev.text && state.positions === prev.positions) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  const onHide = () => {
    if (timer) {
      clearTimeout(timer);
      save();
    }
  };
  globalThis.addEventListener?.('pagehide', onHide);
  return () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', onHide);
  };
}
