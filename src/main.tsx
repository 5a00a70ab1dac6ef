import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/app.css';
import './ui/styles/a11y.css';
import { startAutosave } from './app/autosave.ts';
import { loadCommandEngine } from './app/commandEngine.ts';
import { completeLayoutOnAnalysis } from './app/layoutCompletion.ts';
import { DEFAULT_EXAMPLE_TEXT } from './app/examples/defaultExample.ts';
import { loadSession } from './app/persistence.ts';
import { clearShareHash, offerSharedLink, planStartup } from './app/shareOpen.ts';
import { createStudioStore } from './app/store.ts';
import { App } from './ui/App.tsx';

// First visit: the configuration-sharing example. Later: the autosaved work. A share link
// opens directly only when it cannot replace autosaved work; otherwise the user is asked.
async function start(): Promise<void> {
  const storage = safeLocalStorage();
  const plan = await planStartup(location.hash, loadSession(storage), DEFAULT_EXAMPLE_TEXT);
  const store = createStudioStore(plan.session);
  startAutosave(store, storage, { baseRev: plan.baseRev });
  completeLayoutOnAnalysis(store);
  store.getState().setShareOffer(plan.offer);
  if (plan.error) store.getState().showNotice('error', plan.error);
  if (!plan.offer) clearShareHash(location, history);
  if (!storage) store.getState().setSaveState({ kind: 'error', message: NO_STORAGE });
  // a share link pasted into the address bar of an open tab changes only the hash: offer it
  addEventListener('hashchange', () => void offerSharedLink(store));

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  // fetched while the first graph renders: graph actions are ready long before anyone clicks
  void loadCommandEngine();
}

const NO_STORAGE = 'Your work is not being saved: this browser gives the page no storage. Export it before you close the tab.';

void start();

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled: reading the property throws
  }
}
