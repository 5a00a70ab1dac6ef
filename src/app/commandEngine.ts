// The graph commands load right after start-up, outside the initial bundle (about 7 KiB gzip):
// drawing the first graph does not need them, and nobody edits the graph in its first moment.
import type * as EngineModule from './commandEngineModule.ts';

type Engine = typeof EngineModule;

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

/** Starts loading the commands (once); resolves when they can run. */
export function loadCommandEngine(): Promise<Engine> {
  loading ??= import('./commandEngineModule.ts').then((m) => (engine = m));
  return loading;
}

/** The commands, or null while they are still loading. */
export function commandEngine(): Engine | null {
  return engine;
}
