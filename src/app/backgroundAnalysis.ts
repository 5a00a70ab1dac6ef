import { analyze } from '../core/analyze.ts';
import { snapshotOf, type ViewSnapshot } from './viewSnapshot.ts';

/** Analyses one text somewhere else than in the caller's task; resolves with what the views show. */
export type Analyser = (text: string) => Promise<ViewSnapshot>;

export interface BackgroundResult {
  text: string;
  snapshot: ViewSnapshot;
}

export interface BackgroundAnalysis {
  /**
   * Asks for `text` to be analysed off the main thread. One analysis runs at a time; when it
   * ends, the newest text asked for meanwhile starts, or, when there is none, its result is published.
   */
  request(text: string): void;
  /** The newest result that arrived (it may be for an older text than the current one). */
  latest(): BackgroundResult | null;
  /** Increments with every result: a snapshot value for useSyncExternalStore. */
  version(): number;
  subscribe(listener: () => void): () => void;
}

/** `analyser`: where texts are analysed (a worker by default; tests pass their own). */
export function createBackgroundAnalysis(analyser: Analyser | null = null): BackgroundAnalysis {
  let latest: BackgroundResult | null = null;
  let inFlight: string | null = null;
  // only the newest text waits: texts typed while one is analysed are never worth analysing
  let queued: string | null = null;
  let version = 0;
  const listeners = new Set<() => void>();

  const run = async (text: string): Promise<void> => {
    inFlight = text;
    analyser ??= workerAnalyser();
    let snapshot: ViewSnapshot;
    try {
      snapshot = await analyser(text);
    } catch {
      snapshot = snapshotOf(analyze(text)); // the worker failed to start or died: slow, but correct
    }
    inFlight = null;
    const next = queued;
    queued = null;
    // the user typed on meanwhile: this result is already old, and showing it would cost the main
    // thread a graph update per result; the views wait for the newest text (they say so: pending)
    if (next !== null && next !== text) {
      void run(next);
      return;
    }
    latest = { text, snapshot };
    version++;
    for (const listener of listeners) listener();
  };

  return {
    request(text) {
      if (latest?.text === text || inFlight === text) return;
      if (inFlight !== null) {
        queued = text;
        return;
      }
      queued = null;
      void run(text);
    },
    latest: () => latest,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function workerAnalyser(): Analyser {
  if (typeof Worker === 'undefined') return async (text) => snapshotOf(analyze(text));
  const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'linuxkit-analysis' });
  // the worker answers in the order it was asked
  const waiting: { resolve(s: ViewSnapshot): void; reject(e: unknown): void }[] = [];
  worker.onmessage = (e: MessageEvent<ViewSnapshot>) => waiting.shift()?.resolve(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    for (const w of waiting.splice(0)) w.reject(new Error(e.message));
  };
  return (text) =>
    new Promise<ViewSnapshot>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(text);
    });
}
