import type { Studio } from '../../app/index.ts';
import type * as Monaco from 'monaco-editor';
import type { EditorFiles } from './editorFiles.ts';
import { knownNames } from './knownNames.ts';
import { nameCompletions } from './nameCompletions.ts';

/** Volume and container names where LinuxKit expects them (alongside monaco-yaml's schema completion). */
export function registerNameCompletion(monaco: typeof Monaco, files: EditorFiles, studio: Studio): Monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider('yaml', {
    triggerCharacters: [' ', '[', ','],
    provideCompletionItems(target, position) {
      const name = files.nameOf(target);
      if (name === null) return { suggestions: [] };
      const text = target.getValue();
      const offset = target.getOffsetAt(position);
      const found = nameCompletions(text, offset, knownNames(studio, name, text));
      if (!found) return { suggestions: [] };
      const start = target.getPositionAt(found.from);
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
