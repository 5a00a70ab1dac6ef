import type * as Monaco from 'monaco-editor';
import { LARGE_TEXT_CHARS } from '../../app/index.ts';

/**
 * In a large text, features that re-read the whole document on every keystroke (suggestions
 * as you type and sticky scroll, both answered by the YAML language worker) are switched off:
 * they kept a core busy and slowed the main thread. Ctrl+Space still suggests.
 */
export function adaptToTextSize(editor: Monaco.editor.IStandaloneCodeEditor, model: Monaco.editor.ITextModel): Monaco.IDisposable {
  let large: boolean | null = null;
  const update = () => {
    const now = model.getValueLength() >= LARGE_TEXT_CHARS;
    if (now === large) return;
    large = now;
    editor.updateOptions({ quickSuggestions: now ? false : QUICK_SUGGESTIONS, stickyScroll: { enabled: !now } });
  };
  update();
  return model.onDidChangeContent(update);
}

export const QUICK_SUGGESTIONS = { other: true, comments: false, strings: true } as const;
