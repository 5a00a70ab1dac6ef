import type * as Monaco from 'monaco-editor';
import { describe, expect, it } from 'vitest';
import { LARGE_TEXT_CHARS } from '../../app/index.ts';
import { adaptToTextSize, QUICK_SUGGESTIONS } from './largeTextOptions.ts';

function fakes(length: number) {
  const options: Monaco.editor.IEditorOptions[] = [];
  let listener = () => {};
  const model = {
    length,
    getValueLength: () => model.length,
  };
  const editor = {
    updateOptions: (o: Monaco.editor.IEditorOptions) => options.push(o),
    getModel: () => model,
    onDidChangeModelContent: (l: () => void) => ((listener = l), { dispose() {} }),
    onDidChangeModel: () => ({ dispose() {} }),
  };
  const change = (to: number) => {
    model.length = to;
    listener();
  };
  adaptToTextSize(editor as unknown as Monaco.editor.IStandaloneCodeEditor);
  return { options, change };
}

describe('adaptToTextSize', () => {
  it('switches suggestions as you type and sticky scroll off while the text is large, and back on', () => {
    const { options, change } = fakes(100);
    expect(options).toEqual([{ quickSuggestions: QUICK_SUGGESTIONS, stickyScroll: { enabled: true } }]);
    change(LARGE_TEXT_CHARS + 10);
    change(LARGE_TEXT_CHARS + 11); // no change of size class: no update
    expect(options.slice(1)).toEqual([{ quickSuggestions: false, stickyScroll: { enabled: false } }]);
    change(LARGE_TEXT_CHARS - 1);
    expect(options.slice(2)).toEqual([{ quickSuggestions: QUICK_SUGGESTIONS, stickyScroll: { enabled: true } }]);
  });
});
