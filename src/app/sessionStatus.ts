import { createStore } from 'zustand/vanilla';
import type { StoredSession } from './persistence.ts';

/** How autosave is doing, shown in the toolbar; `conflict` holds the other tab's work. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: StoredSession };

export interface SessionStatus {
  state: SaveState;
  /** Set by autosave: resolve a conflict by writing this tab's work over the other tab's. */
  keepMine(): void;
  /** Set by autosave: resolve a conflict by loading the other tab's work (one undoable edit). */
  loadTheirs(): void;
}

export function createSessionStatus() {
  return createStore<SessionStatus>()(() => ({ state: { kind: 'saved' }, keepMine() {}, loadTheirs() {} }));
}

export type SessionStatusStore = ReturnType<typeof createSessionStatus>;

/** The page's one status (like the editor bridge, a singleton the toolbar can reach). */
export const sessionStatus = createSessionStatus();
