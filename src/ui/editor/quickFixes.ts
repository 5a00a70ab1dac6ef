import type * as Monaco from 'monaco-editor';
import { analysisOf } from '../../app/analysis.ts';
import type { StudioStore } from '../../app/store.ts';
import type { QuickFix } from '../../core/diagnostics/types.ts';
import { fixesInRange } from './fixesInRange.ts';
import { toMarkers } from './markers.ts';

/** Offers the core's quick fixes as Monaco code actions (lightbulb, Ctrl+.); each is one undoable edit. */
export function registerQuickFixes(monaco: typeof Monaco, model: Monaco.editor.ITextModel, store: StudioStore): Monaco.IDisposable {
  const commandId = 'linuxkit.applyQuickFix';
  const command = monaco.editor.registerCommand(commandId, (_accessor, fix: QuickFix) => {
    store.getState().runCommand(fix.command, { label: fix.title });
  });
  const provider = monaco.languages.registerCodeActionProvider(
    'yaml',
    {
      provideCodeActions(target, range) {
        if (target !== model) return { actions: [], dispose() {} };
        const text = model.getValue();
        const analysis = analysisOf(text);
        const from = model.getOffsetAt(range.getStartPosition());
        const to = model.getOffsetAt(range.getEndPosition());
        const found = fixesInRange(analysis.diagnostics, from, to);
        const actions = found.map(({ diagnostic, fix }, i) => ({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: toMarkers([diagnostic], analysis.lineIndex),
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
