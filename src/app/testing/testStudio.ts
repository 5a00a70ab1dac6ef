// A headless Studio for tests (tldraw's TestEditor, for this app): no React, no DOM, no worker.
import * as engine from '../commandEngineModule.ts';
import type { EditorPort } from '../editorPort.ts';
import type { Positions } from '../positions.ts';
import { createStudio, type Studio, type StudioOptions } from '../studio.ts';

/** A Studio with the graph commands loaded (the app loads them right after start-up). */
export function createTestStudio(initial: { text: string; positions?: Positions; savedText?: string }, options: StudioOptions = {}): Studio {
  return createStudio(initial, { engine, ...options });
}

/** An editor port that holds typing back until the Studio takes it, like the real editor's debounce. */
export interface FakeEditor extends EditorPort {
  /** The user types: the editor now holds `text`, not yet reported. */
  type(text: string): void;
  /** What undo, redo and reveal were asked for. */
  calls: string[];
  detach(): void;
}

export function attachFakeEditor(studio: Studio): FakeEditor {
  let pending: string | null = null;
  const calls: string[] = [];
  const port: FakeEditor = {
    type: (text) => void (pending = text),
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
