import type { TextEdit } from '../core/commands/types.ts';

/**
 * Where a change of the text came from, so that no view echoes its own change back
 * (tldraw's habit): the editor applies only changes it did not make itself.
 */
export type ChangeOrigin = 'editor' | 'graph' | 'load';

export interface TextChange {
  /** Increments on every change; views compare it to what they have applied. */
  version: number;
  origin: ChangeOrigin;
  /** For graph changes: the minimal edits against the previous text (for Monaco's executeEdits). */
  edits?: TextEdit[];
  /** A label for the undo stack / announcements, e.g. "Connect cache → web". */
  label?: string;
}
