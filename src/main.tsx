import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/app.css';
import './ui/styles/a11y.css';
import { startAutosave } from './app/autosave.ts';
import { DEFAULT_EXAMPLE_TEXT } from './app/examples/defaultExample.ts';
import { loadSession, sessionFiles } from './app/persistence.ts';
import { clearShareHash, offerSharedLink, planStartup } from './app/shareOpen.ts';
import { siteStorage, tabStorage } from './app/storage.ts';
import { rememberActiveFile } from './app/activeFileMemory.ts';
import { createStudio } from './app/studio.ts';
import { keepUnreadableAside } from './app/unreadableSave.ts';
import { App } from './ui/App.tsx';

// First visit: the configuration-sharing example. Later: the autosaved work. A share link
// opens directly only when it cannot replace autosaved work; otherwise the user is asked.
async function start(): Promise<void> {
  const storage = siteStorage();
  // saved work that does not read, or that the open rule refuses, is copied aside first (autosave
  // would overwrite it) and the page starts without it
  const unreadable = keepUnreadableAside(storage);
  const plan = await planStartup(location.hash, unreadable.kind === 'none' ? loadSession(storage) : null, DEFAULT_EXAMPLE_TEXT);
  // restored autosaved work may never have been exported: only the untouched example counts as saved
  const restored = plan.baseRev !== null && !plan.opensShared;
  const files = sessionFiles(plan.session);
  const studio = createStudio({ files, positions: plan.session.positions, savedFiles: restored ? [{ name: files[0].name, text: DEFAULT_EXAMPLE_TEXT }] : files });
  const { store } = studio;
  if (unreadable.kind === 'stuck') store.getState().setSaveState({ kind: 'error', message: unreadable.message });
  else startAutosave(studio, storage, { baseRev: plan.baseRev, saveNow: plan.opensShared });
  rememberActiveFile(studio, tabStorage(), { restore: restored });
  store.getState().setShareOffer(plan.offer);
  if (plan.error) store.getState().showNotice('error', plan.error);
  if (!plan.offer) clearShareHash(location, history);
  // a share link pasted into the address bar of an open tab changes only the hash: offer it
  addEventListener('hashchange', () => void offerSharedLink(store));

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App studio={studio} />
    </StrictMode>,
  );
  // fetched while the first graph renders: graph actions are ready long before anyone clicks
  void studio.engine.load();
}

void start();
