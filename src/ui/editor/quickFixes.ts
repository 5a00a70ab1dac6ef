import type * as Monaco from 'monaco-editor';
import { applyQuickFix, viewOfFile, type Studio } from '../../app/index.ts';
import type { EditorFiles } from './editorFiles.ts';
import type { QuickFix } from '../../core/diagnostics/types.ts';
import { fixesInRange } from './fixesInRange.ts';
import { toMarkers } from './markers.ts';

/** Offers the core's quick fixes as Monaco code actions (lightbulb, Ctrl+.); each is one undoable edit. */
export function registerQuickFixes(monaco: typeof Monaco, files: EditorFiles, studio: Studio): Monaco.IDisposable {
  const commandId = 'linuxkit.applyQuickFix';
  const command = monaco.editor.registerCommand(commandId, (_accessor, fix: QuickFix, file: string) => {
    applyQuickFix(studio, fix, file);
  });
  const provider = monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(target, range) {
        const name = files.nameOf(target);
        if (name === null) return { actions: [], dispose() {} };
        const text = target.getValue();
        const { file } = viewOfFile(studio, name, text);
        // a large text still being analysed: its diagnostics are not known yet
        if (file?.text !== text) return { actions: [], dispose() {} };
        const from = target.getOffsetAt(range.getStartPosition());
        const to = target.getOffsetAt(range.getEndPosition());
        const found = fixesInRange(file.diagnostics, from, to);
        const actions = found.map(({ diagnostic, fix }, i) => ({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: toMarkers([diagnostic], file.lineIndex),
          isPreferred: i === 0,
          command: { id: commandId, title: fix.title, arguments: [fix, name] },
        }));
        return { actions, dispose() {} };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
  return {
    dispose() {
      provider.dispose();
      command.dispose();
    },
  };
}
