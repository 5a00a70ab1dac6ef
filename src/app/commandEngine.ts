// The graph commands load right after start-up, outside the initial bundle (about 7 KiB gzip):
// drawing the first graph does not need them, and nobody edits the graph in its first moment.
import type * as EngineModule from './commandEngineModule.ts';

export type Engine = typeof EngineModule;

export interface CommandEngine {
  /** Starts loading the commands (once); resolves when they can run. */
  load(): Promise<Engine>;
  /** The commands, or null while they are still loading. */
  get(): Engine | null;
}

/** `loaded`: commands already in hand (tests import them directly). */
export function createCommandEngine(loaded: Engine | null = null): CommandEngine {
  let engine = loaded;
  let loading: Promise<Engine> | null = null;
  return {
    load() {
      loading ??= import('./commandEngineModule.ts').then((m) => (engine = m));
      return loading;
    },
    get: () => engine,
  };
}
