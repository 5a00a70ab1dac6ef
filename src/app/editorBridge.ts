/**
 * The text editor registers itself here so that toolbar buttons and canvas shortcuts can
 * reach its undo stack (the one undo history), and so that pending typing is flushed into
 * the store before a graph command reads the text.
 */
export interface EditorHandle {
  undo(): void;
  redo(): void;
  /** Pushes any debounced typing into the store now. */
  flush(): void;
  /** Reveals and selects a range of the text. */
  reveal(from: number, to: number): void;
}

let handle: EditorHandle | null = null;
const listeners = new Set<() => void>();

export function registerEditor(h: EditorHandle | null): void {
  handle = h;
  for (const l of listeners) l();
}

export function editorHandle(): EditorHandle | null {
  return handle;
}

export function onEditorRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function flushEditor(): void {
  handle?.flush();
}
