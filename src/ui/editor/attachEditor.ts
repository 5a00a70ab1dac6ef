import type * as Monaco from 'monaco-editor';
import { registerEditor } from '../../app/editorBridge.ts';
import { analysisOf } from '../../app/analysis.ts';
import type { StudioStore } from '../../app/store.ts';
import { toMarkers } from './markers.ts';
import { registerNameCompletion } from './nameCompletionProvider.ts';
import { registerQuickFixes } from './quickFixes.ts';
import { bindSelection } from './selectionSync.ts';
import './editor.css';

export interface AttachedEditor {
  setTheme(theme: 'light' | 'dark'): void;
  dispose(): void;
}

const TYPING_DEBOUNCE_MS = 60;

/**
 * Binds a Monaco editor to the store: typing flows into the store (debounced), and changes
 * made elsewhere arrive as executeEdits, so Monaco's undo stack is the one undo history.
 */
export function attachEditor(monaco: typeof Monaco, host: HTMLElement, store: StudioStore): AttachedEditor {
  const model = monaco.editor.createModel(store.getState().text, 'yaml', monaco.Uri.parse('inmemory://linuxkit-studio/linuxkit.yml'));
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const editor = monaco.editor.create(host, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    tabSize: 2,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    renderWhitespace: 'boundary',
    ariaLabel: 'LinuxKit YAML',
    quickSuggestions: { other: true, comments: false, strings: true },
  });

  let applyingExternal = false;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let appliedVersion = store.getState().change.version;

  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    store.getState().editorChanged(model.getValue());
    appliedVersion = store.getState().change.version;
  };

  const contentSub = model.onDidChangeContent(() => {
    if (applyingExternal) return;
    if (pending) clearTimeout(pending);
    pending = setTimeout(flush, TYPING_DEBOUNCE_MS);
  });

  const updateMarkers = () => {
    const analysis = analysisOf(store.getState().text);
    monaco.editor.setModelMarkers(model, 'linuxkit', toMarkers(analysis.diagnostics, analysis.lineIndex));
  };

  const applyExternal = () => {
    const { text, change } = store.getState();
    if (change.version === appliedVersion) return;
    appliedVersion = change.version;
    if (change.origin === 'editor' || model.getValue() === text) {
      updateMarkers();
      return;
    }
    const base = model.getValue();
    const edits = change.edits && applies(base, change.edits, text) ? change.edits : [{ from: 0, to: base.length, insert: text }];
    applyingExternal = true;
    try {
      editor.pushUndoStop();
      editor.executeEdits(
        change.origin,
        edits.map((e) => ({ range: rangeOf(model, e.from, e.to), text: e.insert, forceMoveMarkers: true })),
      );
      editor.pushUndoStop();
    } finally {
      applyingExternal = false;
    }
    updateMarkers();
  };

  const storeSub = store.subscribe((s, prev) => {
    if (s.change !== prev.change) applyExternal();
  });
  updateMarkers();
  // after storeSub: these read the model once the store's change has reached it
  const features = [registerNameCompletion(monaco, model), registerQuickFixes(monaco, model, store), bindSelection(monaco, editor, model, store)];

  registerEditor({
    undo: () => {
      flush();
      editor.trigger('toolbar', 'undo', null);
    },
    redo: () => {
      flush();
      editor.trigger('toolbar', 'redo', null);
    },
    flush: () => {
      if (pending) flush();
    },
    reveal: (from, to) => {
      const range = rangeOf(model, from, to);
      editor.setSelection(range);
      editor.revealRangeInCenterIfOutsideViewport(range);
    },
  });

  return {
    setTheme: (theme) => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'),
    dispose: () => {
      registerEditor(null);
      if (pending) clearTimeout(pending);
      storeSub();
      for (const f of features) f.dispose();
      contentSub.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}

function rangeOf(model: Monaco.editor.ITextModel, from: number, to: number): Monaco.IRange {
  const a = model.getPositionAt(from);
  const b = model.getPositionAt(to);
  return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
}

/** Whether applying the edits to `base` gives `expected` (edits are against the pre-change text). */
function applies(base: string, edits: { from: number; to: number; insert: string }[], expected: string): boolean {
  let out = base;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  return out === expected;
}
