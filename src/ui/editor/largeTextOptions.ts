import type * as Monaco from 'monaco-editor';
import { LARGE_TEXT_CHARS } from '../../app/index.ts';

/**
 * In a large text, features that re-read the whole document on every keystroke (suggestions
 * as you type and sticky scroll, both answered by the YAML language worker) are switched off:
 * they kept a core busy and slowed the main thread. Ctrl+Space still suggests.
 */
export function adaptToTextSize(editor: Monaco.editor.IStandaloneCodeEditor): Monaco.IDisposable {
  let large: boolean | null = null;
  const update = () => {
    const now = (editor.getModel()?.getValueLength() ?? 0) >= LARGE_TEXT_CHARS;
    if (now === large) return;
    large = now;
    editor.updateOptions({ quickSuggestions: now ? false : QUICK_SUGGESTIONS, stickyScroll: { enabled: !now } });
  };
  update();
  // the shown file's size: typing in it, or another file shown
  const subs = [editor.onDidChangeModelContent(update), editor.onDidChangeModel(update)];
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}

export const QUICK_SUGGESTIONS = { other: true, comments: false, strings: true } as const;
