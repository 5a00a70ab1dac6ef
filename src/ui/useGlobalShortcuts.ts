import { useEffect } from 'react';
import { removalCommands, type Studio } from '../app/index.ts';
import { useStudioObject } from './state/StudioContext.tsx';

/**
 * Outside the text editor and form fields: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) go to the one
 * undo history, Delete / Backspace delete the graph selection.
 */
export function useGlobalShortcuts(): void {
  const studio = useStudioObject();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('.monaco-editor, input, textarea, select, dialog')) return; // they have their own keys
      if (e.key === 'Delete' || e.key === 'Backspace') {
        deleteSelection(studio, e);
        return;
      }
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        const redo = key === 'y' || e.shiftKey;
        const editor = studio.editor();
        if (!editor) return;
        e.preventDefault();
        if (redo) editor.redo();
        else editor.undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [studio]);
}

function deleteSelection(studio: Studio, e: KeyboardEvent): void {
  const state = studio.store.getState();
  const commands = removalCommands(state.selection);
  if (commands.length === 0) return;
  e.preventDefault();
  studio.dispatch(commands, { label: 'Delete' });
}
