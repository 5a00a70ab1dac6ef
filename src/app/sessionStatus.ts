import type { StoredSession } from './persistence.ts';

/** How autosave is doing, shown in the toolbar; `conflict` holds the other tab's work. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: StoredSession };
