import { useEffect } from 'react';
import { editorHandle } from '../app/editorBridge.ts';

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) outside the text editor go to the one undo history. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('.monaco-editor, input, textarea, select')) return; // they have their own undo
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        const redo = key === 'y' || e.shiftKey;
        const editor = editorHandle();
        if (!editor) return;
        e.preventDefault();
        if (redo) editor.redo();
        else editor.undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
