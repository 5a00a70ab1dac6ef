import { openConfigText, openSharedBuild } from './openFile.ts';
import { sameSession, type SavedSession, type StoredSession } from './persistence.ts';
import type { StudioStore } from './store.ts';
import { isShareFragment } from './shareFragment.ts';
import type { DecodeResult, SharedConfig } from './shareLink.ts';

// The codec loads only when a share link is opened.
async function decodeShareFragment(hash: string): Promise<DecodeResult> {
  const codec = await import('./shareLink.ts');
  return codec.decodeShareFragment(hash);
}

/** What the page starts with, and whether a shared config waits for the user's answer. */
export interface StartupPlan {
  session: SavedSession;
  /** The autosave revision the page starts from (null: nothing saved yet). */
  baseRev: string | null;
  /** A shared config that would replace autosaved work: the user is asked first. */
  offer: SharedConfig | null;
  /** The page starts with a shared config: it is saved at once, like any other load. */
  opensShared: boolean;
  error: string | null;
}

/**
 * A share link opens directly when there is no autosaved work (or the same work); otherwise
 * the autosaved work opens and the shared config is offered, so nobody loses work by clicking a link.
 */
export async function planStartup(hash: string, saved: StoredSession | null, fallbackText: string): Promise<StartupPlan> {
  const own: SavedSession = saved ? { text: saved.text, positions: saved.positions, ...(saved.files ? { files: saved.files } : {}) } : { text: fallbackText, positions: {} };
  const plan: StartupPlan = { session: own, baseRev: saved?.rev ?? null, offer: null, opensShared: false, error: null };
  if (!isShareFragment(hash)) return plan;
  const decoded = await decodeShareFragment(hash);
  if (!decoded.ok) return { ...plan, error: decoded.reason };
  if (!saved || sameSession({ ...saved, positions: {} }, { ...decoded.config, positions: {} })) return { ...plan, session: decoded.config, opensShared: true };
  return { ...plan, offer: decoded.config };
}

/** Takes the share fragment out of the address bar, so a reload does not ask again. */
export function clearShareHash(loc: Location, hist: History): void {
  if (isShareFragment(loc.hash)) hist.replaceState(hist.state, '', loc.pathname + loc.search);
}

/** A share link arrived while the app is open (only the hash changed): offer it, or say why it cannot open. */
export async function offerSharedLink(store: StudioStore): Promise<void> {
  if (!isShareFragment(location.hash)) return;
  const decoded = await decodeShareFragment(location.hash);
  if (decoded.ok) store.getState().setShareOffer(decoded.config);
  else {
    store.getState().showNotice('error', decoded.reason);
    clearShareHash(location, history);
  }
}

/** The user's answer to the offer: open the shared config (one undoable edit) or keep the current work. */
export function answerShareOffer(store: StudioStore, open: boolean): void {
  const offer = store.getState().shareOffer;
  store.getState().setShareOffer(null);
  clearShareHash(location, history);
  if (!offer || !open) return;
  const opened = offer.files
    ? openSharedBuild(store, offer.files, { label: 'Open shared link', positions: offer.positions })
    : openConfigText(store, offer.text, { name: 'The shared config', label: 'Open shared link', positions: offer.positions });
  if (!opened) return;
  if (!store.getState().notice) store.getState().showNotice('info', 'Opened the shared config. Undo (Ctrl+Z) brings your previous work back.');
}
