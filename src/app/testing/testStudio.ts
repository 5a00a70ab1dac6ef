// A headless Studio for tests (tldraw's TestEditor, for this app): no React, no DOM, no worker.
import * as engine from '../commandEngineModule.ts';
import type { EditorPort } from '../editorPort.ts';
import { createStudio, type Studio, type StudioOptions, type StudioStart } from '../studio.ts';

/** A Studio with the graph commands loaded (the app loads them right after start-up). */
export function createTestStudio(initial: StudioStart, options: StudioOptions = {}): Studio {
  return createStudio(initial, { engine, ...options });
}

/** An editor port that holds typing back until the Studio takes it, like the real editor's debounce. */
export interface FakeEditor extends EditorPort {
  /** The user types: the editor now holds `text` (of the file it shows), not yet reported. */
  type(text: string, file?: string): void;
  /** What undo, redo and reveal were asked for. */
  calls: string[];
  detach(): void;
}

export function attachFakeEditor(studio: Studio): FakeEditor {
  let pending: { file: string; text: string } | null = null;
  const calls: string[] = [];
  const port: FakeEditor = {
    type: (text, file = studio.store.getState().active) => void (pending = { file, text }),
    takePending() {
      const p = pending;
      pending = null;
      return p;
    },
    undo: () => void calls.push('undo'),
    redo: () => void calls.push('redo'),
    reveal: (from, to) => void calls.push(`reveal ${from}-${to}`),
    calls,
    detach: () => {},
  };
  port.detach = studio.attachEditor(port);
  return port;
}
