import type * as Monaco from 'monaco-editor';
import { activeText, fileNamed, mixedBreaksNote, type Studio, type StudioFile } from '../../app/index.ts';
import type { TextEdit } from '../../core/commands/types.ts';
import type { EditorFiles } from './editorFiles.ts';
import { createFileModels } from './fileModels.ts';
import { createUndoOrder } from './undoOrder.ts';
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
  const editor = monaco.editor.create(host, {
    model: null,
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
  // while a change of several files is applied: its version, which groups its edits in the undo order
  let changeGroup: number | undefined;
  let pending: ReturnType<typeof setTimeout> | null = null;
  // the file whose model has typing the store has not seen yet
  let dirty: string | null = null;
  let appliedVersion = store.getState().change.version;
  let lastUpdateMs = 0;
  const undoOrder = createUndoOrder();

  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    const file = dirty;
    if (file === null) return;
    dirty = null;
    const started = performance.now();
    store.getState().editorChanged(models.get(file, '').getValue(), file);
    lastUpdateMs = performance.now() - started;
    appliedVersion = store.getState().change.version;
  };

  const models = createFileModels(monaco, editor, (file, model) => {
    let version = model.getAlternativeVersionId();
    return model.onDidChangeContent((e) => {
      const before = version;
      version = model.getAlternativeVersionId();
      const kind = e.isUndoing ? 'undo' : e.isRedoing ? 'redo' : 'edit';
      const partners = undoOrder.changed(file, kind, before, version, applyingExternal ? changeGroup : undefined);
      // one change of several files is one step: the other files' part goes back (or comes back) with it
      if (partners.length > 0) queueMicrotask(() => partners.forEach((f) => void (kind === 'undo' ? models.get(f, '').undo() : models.get(f, '').redo())));
      if (applyingExternal) return;
      if (dirty !== null && dirty !== file) flush();
      dirty = file;
      if (pending) clearTimeout(pending);
      pending = null;
      // fast: right after Monaco's handler (a microtask, so one edit's several change events make one update)
      if (lastUpdateMs <= FAST_UPDATE_MS) queueMicrotask(flush);
      else pending = setTimeout(flush, Math.min(SLOW_TYPING_DEBOUNCE_MS, 2 * lastUpdateMs));
    });
  });

  // while a large text is analysed in the background, the older markers stay (Monaco moves them with the edits)
  const updateMarkers = () => {
    const view = studio.views.shown(store.getState().files);
    if (view.pending) return;
    for (const f of view.files) monaco.editor.setModelMarkers(models.get(f.name, f.text), 'linuxkit', toMarkers(f.diagnostics, f.lineIndex));
  };

  /** Brings a file's model to the store's text: its edits when they apply, else the whole text. */
  const applyToModel = (file: StudioFile, origin: string, fileEdits: TextEdit[] | undefined, whole: boolean) => {
    const model = models.get(file.name, file.text);
    // Monaco cannot hold CR line breaks: a CR-only file is shown as its LF twin (same offsets), and the store gives it CR again
    const crOnly = isCrOnly(file.text);
    const text = crOnly ? lfTwin(file.text) : file.text;
    if (model.getValue() === text) return;
    const base = model.getValue();
    const edits = fileEdits && applies(base, fileEdits, text, crOnly) ? fileEdits : null;
    const onModel = (run: (target: { pushUndoStop(): unknown; executeEdits(source: string, edits: Monaco.editor.IIdentifiedSingleEditOperation[]): unknown }) => void) => {
      // the shown model through the editor (its cursor follows); another file's model directly
      if (editor.getModel() === model) run(editor);
      else run({ pushUndoStop: () => model.pushStackElement(), executeEdits: (_s, ops) => model.pushEditOperations([], ops, () => null) });
    };
    applyingExternal = true;
    try {
      onModel((target) => {
        target.pushUndoStop();
        if (whole || !edits) {
          // a whole new text; an opened file keeps its own line endings (pushEOL is undoable too);
          // a file of mixed ones gets the one Monaco gives such a text when it creates a model (the open said which)
          const crlf = editorBreak(text) === '\r\n';
          if (model.getEOL() !== (crlf ? '\r\n' : '\n')) {
            model.pushEOL(crlf ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
          }
          target.executeEdits(origin, [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
        } else {
          target.executeEdits(
            origin,
            edits.map((e) => ({ range: rangeOf(model, e.from, e.to), text: crOnly ? lfTwin(e.insert) : e.insert, forceMoveMarkers: true })),
          );
        }
        target.pushUndoStop();
      });
    } finally {
      applyingExternal = false;
    }
  };

  const applyExternal = () => {
    const { files, change } = store.getState();
    if (change.version === appliedVersion) return;
    appliedVersion = change.version;
    if (change.origin !== 'editor') {
      changeGroup = change.files.length > 1 ? change.version : undefined;
      for (const name of change.files) {
        const file = fileNamed(files, name);
        if (file) applyToModel(file, change.origin, change.edits?.[name], change.origin === 'load');
      }
      changeGroup = undefined;
    }
    updateMarkers();
  };

  /** The editor shows the active file; models of files that left the build go. */
  const showActive = () => {
    const { files, active } = store.getState();
    const file = fileNamed(files, active) ?? files[0];
    models.show(file.name, file.text);
    const names = files.map((f) => f.name);
    models.keepOnly(names);
    undoOrder.keepOnly(names);
  };

  showActive();
  const storeSub = store.subscribe((s, prev) => {
    // typing in the file being left reaches the store before another is shown
    if (s.active !== prev.active || s.files.length !== prev.files.length) flush();
    if (s.change !== prev.change) applyExternal();
    if (s.active !== prev.active || s.files !== prev.files) showActive();
  });
  const backgroundSub = studio.background.subscribe(updateMarkers);
  updateMarkers();
  // the text the page starts with (saved work) is told about like an opened one
  const startNote = mixedBreaksNote('Your saved work', activeText(store.getState()));
  if (startNote) store.getState().showNotice('info', startNote);
  const editorFiles: EditorFiles = { nameOf: (model) => models.nameOf(model), shown: () => models.shown() };
  // after storeSub: these read the model once the store's change has reached it
  const features = [
    adaptToTextSize(editor),
    registerNameCompletion(monaco, editorFiles, studio),
    registerQuickFixes(monaco, editorFiles, studio),
    bindSelection(monaco, editor, editorFiles, studio),
    guardPaste(monaco, host, editor, (reason) => store.getState().showNotice('error', reason)),
  ];

  /** Undo or redo where the latest change (or undone change) of the build is: that file is shown first. */
  const step = (kind: 'undo' | 'redo') => {
    flush();
    const file = kind === 'undo' ? undoOrder.undoFile() : undoOrder.redoFile();
    if (file !== null && file !== store.getState().active) store.getState().setActive(file);
    editor.trigger('toolbar', kind, null);
  };

  const detach = studio.attachEditor({
    takePending: () => {
      if (pending) clearTimeout(pending);
      pending = null;
      const file = dirty;
      if (file === null) return null;
      dirty = null;
      return { file, text: models.get(file, '').getValue() };
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    reveal: (from, to, file) => {
      if (file !== undefined && file !== store.getState().active) store.getState().setActive(file);
      const model = editor.getModel();
      if (!model) return;
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
      editor.dispose();
      models.dispose();
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
