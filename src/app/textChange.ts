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
  /** The files whose texts it changed (by name). */
  files: string[];
  /** By file: the minimal edits against its previous text (for Monaco's executeEdits); a changed file without them was replaced whole. */
  edits?: Partial<Record<string, TextEdit[]>>;
  /** A label for the undo stack / announcements, e.g. "Connect cache → web". */
  label?: string;
}
