import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles/app.css';
import { startAutosave } from './app/autosave.ts';
import { DEFAULT_EXAMPLE } from './app/examples/index.ts';
import { loadSession } from './app/persistence.ts';
import { createStudioStore } from './app/store.ts';
import { App } from './ui/App.tsx';

const saved = loadSession(globalThis.localStorage);
const store = createStudioStore(saved ?? { text: DEFAULT_EXAMPLE.text });
startAutosave(store, globalThis.localStorage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
