import type * as Monaco from 'monaco-editor';
import type { Studio } from '../../app/index.ts';
import type { QuickFix } from '../../core/diagnostics/types.ts';
import { fixesInRange } from './fixesInRange.ts';
import { toMarkers } from './markers.ts';

/** Offers the core's quick fixes as Monaco code actions (lightbulb, Ctrl+.); each is one undoable edit. */
export function registerQuickFixes(monaco: typeof Monaco, model: Monaco.editor.ITextModel, studio: Studio): Monaco.IDisposable {
  const commandId = 'linuxkit.applyQuickFix';
  const command = monaco.editor.registerCommand(commandId, (_accessor, fix: QuickFix) => {
    studio.dispatch(fix.command, { label: fix.title });
  });
  const provider = monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(target, range) {
        if (target !== model) return { actions: [], dispose() {} };
        const text = model.getValue();
        const view = studio.views.shown(text);
        // a large text still being analysed: its diagnostics are not known yet
        if (view.text !== text) return { actions: [], dispose() {} };
        const from = model.getOffsetAt(range.getStartPosition());
        const to = model.getOffsetAt(range.getEndPosition());
        const found = fixesInRange(view.diagnostics, from, to);
        const actions = found.map(({ diagnostic, fix }, i) => ({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: toMarkers([diagnostic], view.lineIndex),
          isPreferred: i === 0,
          command: { id: commandId, title: fix.title, arguments: [fix] },
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
