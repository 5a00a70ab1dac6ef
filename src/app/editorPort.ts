/**
 * What the text editor offers the Studio once attached (ui/editor/attachEditor.ts): its typing
 * not yet reported (so every read of a text includes it), its undo stack (the one undo history)
 * and a way to show a range of the text.
 */
export interface EditorPort {
  /** The file and text the editor holds when it has typing the Studio has not seen yet (its debounce), else null; taking it clears it. */
  takePending(): { file: string; text: string } | null;
  undo(): void;
  redo(): void;
  /** Reveals and selects a range of a file's text (the shown file's by default), showing that file first. */
  reveal(from: number, to: number, file?: string): void;
}
