// In the app the graph commands load right after start-up (src/app/commandEngine.ts); tests that
// run commands through the store get them loaded before they start.
import { loadCommandEngine } from '../src/app/commandEngine.ts';

await loadCommandEngine();
