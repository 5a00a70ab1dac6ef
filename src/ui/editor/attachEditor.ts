import type * as Monaco from 'monaco-editor';
import { mixedBreaksNote, type Studio } from '../../app/index.ts';
import { editorBreak, isCrOnly, lfTwin } from '../../core/text/lineBreaks.ts';
import { adaptToTextSize, QUICK_SUGGESTIONS } from './largeTextOptions.ts';
import { defineEditorThemes, EDITOR_THEMES } from './editorThemes.ts';
import { toMarkers } from './markers.ts';
import { bindReducedMotion } from './reducedMotion.ts';
import { bindTabFocus } from './tabFocus.ts';
import { registerNameCompletion } from './nameCompletionProvider.ts';
import { guardPaste } from './pasteGuard.ts';
import { registerQuickFixes } from './quickFixes.ts';
import { bindSelection } from './selectionSync.ts';
import './editor.css';

export interface AttachedEditor {
  setTheme(theme: 'light' | 'dark'): void;
  /** Switches whether Tab moves focus out of the editor (Monaco's Ctrl+M). */
  toggleTabFocus(): void;
  dispose(): void;
}

// Typing reaches the graph at once while the store's update is quick; when it is slow
// (big configs), wait for a pause in typing so keystrokes do not queue behind analyses.
const FAST_UPDATE_MS = 40;
const SLOW_TYPING_DEBOUNCE_MS = 150;

/**
 * Binds a Monaco editor to the Studio through its one port: typing flows into the store
 * (debounced; `studio.text()` takes what is still held back), and changes made elsewhere arrive
 * as executeEdits, so Monaco's undo stack is the one undo history.
 */
export function attachEditor(
  studio: Studio,
  monaco: typeof Monaco,
  host: HTMLElement,
  onTabFocusChange: (on: boolean) => void = () => {},
): AttachedEditor {
  // the editor is where pending typing lives: it reads the store itself (studio.text() would ask it back)
  const { store } = studio;
  defineEditorThemes(monaco);
  const model = monaco.editor.createModel(store.getState().text, 'yaml', monaco.Uri.parse('inmemory://linuxkit-studio/linuxkit.yml'));
  // no setEOL: a CRLF file stays CRLF (Monaco keeps the line ending it was created with)
  const editor = monaco.editor.create(host, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    // hovers, completions and the quick-fix menu may extend past the editor's narrow column
    fixedOverflowWidgets: true,
    fontSize: 13,
    tabSize: 2,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    renderWhitespace: 'boundary',
    ariaLabel: 'LinuxKit YAML',
    quickSuggestions: QUICK_SUGGESTIONS,
    // words of the document are no help in YAML: schema and name completion are
    wordBasedSuggestions: 'off',
    // U+2028/U+2029 are the user's text: never a native confirm() that offers to remove them
    unusualLineTerminators: 'off',
  });

  let applyingExternal = false;
  let pending: ReturnType<typeof setTimeout> | null = null;
  // the model has changes the store has not seen yet
  let dirty = false;
  let appliedVersion = store.getState().change.version;
  let lastUpdateMs = 0;

  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    if (!dirty) return;
    dirty = false;
    const started = performance.now();
    store.getState().editorChanged(model.getValue());
    lastUpdateMs = performance.now() - started;
    appliedVersion = store.getState().change.version;
  };

  const contentSub = model.onDidChangeContent(() => {
    if (applyingExternal) return;
    dirty = true;
    if (pending) clearTimeout(pending);
    pending = null;
    // fast: right after Monaco's handler (a microtask, so one edit's several change events make one update)
    if (lastUpdateMs <= FAST_UPDATE_MS) queueMicrotask(flush);
    else pending = setTimeout(flush, Math.min(SLOW_TYPING_DEBOUNCE_MS, 2 * lastUpdateMs));
  });

  // while a large text is analysed in the background, the older markers stay (Monaco moves them with the edits)
  const updateMarkers = () => {
    const view = studio.views.shown(store.getState().text);
    if (view.pending) return;
    monaco.editor.setModelMarkers(model, 'linuxkit', toMarkers(view.diagnostics, view.lineIndex));
  };

  const applyExternal = () => {
    const { text: file, change } = store.getState();
    if (change.version === appliedVersion) return;
    appliedVersion = change.version;
    // Monaco cannot hold CR line breaks: a CR-only file is shown as its LF twin (same offsets), and the store gives it CR again
    const crOnly = isCrOnly(file);
    const text = crOnly ? lfTwin(file) : file;
    if (change.origin === 'editor' || model.getValue() === text) {
      updateMarkers();
      return;
    }
    const base = model.getValue();
    const edits = change.edits && applies(base, change.edits, text, crOnly) ? change.edits : null;
    applyingExternal = true;
    try {
      editor.pushUndoStop();
      if (change.origin === 'load' || !edits) {
        // a whole new text; an opened file keeps its own line endings (pushEOL is undoable too);
        // a file of mixed ones gets the one Monaco gives such a text when it creates a model (the open said which)
        const crlf = editorBreak(text) === '\r\n';
        if (model.getEOL() !== (crlf ? '\r\n' : '\n')) {
          model.pushEOL(crlf ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
        }
        editor.executeEdits(change.origin, [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
      } else {
        editor.executeEdits(
          change.origin,
          edits.map((e) => ({ range: rangeOf(model, e.from, e.to), text: crOnly ? lfTwin(e.insert) : e.insert, forceMoveMarkers: true })),
        );
      }
      editor.pushUndoStop();
    } finally {
      applyingExternal = false;
    }
    updateMarkers();
  };

  const storeSub = store.subscribe((s, prev) => {
    if (s.change !== prev.change) applyExternal();
  });
  const backgroundSub = studio.background.subscribe(updateMarkers);
  updateMarkers();
  // the text the page starts with (saved work) is told about like an opened one
  const startNote = mixedBreaksNote('Your saved work', store.getState().text);
  if (startNote) store.getState().showNotice('info', startNote);
  // after storeSub: these read the model once the store's change has reached it
  const features = [
    adaptToTextSize(editor, model),
    registerNameCompletion(monaco, model, studio.views),
    registerQuickFixes(monaco, model, studio),
    bindSelection(monaco, editor, model, studio),
    guardPaste(monaco, host, editor, model, (reason) => store.getState().showNotice('error', reason)),
  ];

  const detach = studio.attachEditor({
    takePending: () => {
      if (pending) clearTimeout(pending);
      pending = null;
      if (!dirty) return null;
      dirty = false;
      return model.getValue();
    },
    undo: () => {
      flush();
      editor.trigger('toolbar', 'undo', null);
    },
    redo: () => {
      flush();
      editor.trigger('toolbar', 'redo', null);
    },
    reveal: (from, to) => {
      const range = rangeOf(model, from, to);
      editor.setSelection(range);
      editor.revealRangeInCenterIfOutsideViewport(range);
    },
  });

  const tabFocus = bindTabFocus(monaco, editor, onTabFocusChange);
  const motion = bindReducedMotion(editor);

  return {
    setTheme: (theme) => monaco.editor.setTheme(EDITOR_THEMES[theme]),
    toggleTabFocus: () => tabFocus.toggle(),
    dispose: () => {
      detach();
      if (pending) clearTimeout(pending);
      storeSub();
      backgroundSub();
      for (const f of features) f.dispose();
      motion.dispose();
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

/** Whether applying the edits to `base` gives `expected` (edits are against the pre-change text; `crOnly`: shown as LF). */
function applies(base: string, edits: { from: number; to: number; insert: string }[], expected: string, crOnly: boolean): boolean {
  let out = base;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + (crOnly ? lfTwin(e.insert) : e.insert) + out.slice(e.to);
  return out === expected;
}
