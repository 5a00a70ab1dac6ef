import type { Views } from '../../app/index.ts';
import type * as Monaco from 'monaco-editor';
import { knownNames } from './knownNames.ts';
import { nameCompletions } from './nameCompletions.ts';

/** Volume and container names where LinuxKit expects them (alongside monaco-yaml's schema completion). */
export function registerNameCompletion(monaco: typeof Monaco, model: Monaco.editor.ITextModel, views: Views): Monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [' ', '[', ','],
    provideCompletionItems(target, position) {
      if (target !== model) return { suggestions: [] };
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const found = nameCompletions(text, offset, knownNames(views, text));
      if (!found) return { suggestions: [] };
      const start = model.getPositionAt(found.from);
      const range = new monaco.Range(start.lineNumber, start.column, position.lineNumber, position.column);
      return {
        suggestions: found.suggestions.map((s, i) => ({
          label: s.label,
          insertText: s.insertText,
          detail: s.detail,
          kind: s.kind === 'volume' ? monaco.languages.CompletionItemKind.Folder : monaco.languages.CompletionItemKind.Module,
          sortText: `0${String(i).padStart(4, '0')}`,
          range,
        })),
      };
    },
  });
}
