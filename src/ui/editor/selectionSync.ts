import type * as Monaco from 'monaco-editor';
import { viewOfFile, type Studio, type ViewOfFile } from '../../app/index.ts';
import type { EditorFiles } from './editorFiles.ts';
import { elementAt, lineBounds, spanOfElement } from './elementAt.ts';

/**
 * Selection in both directions: a single selected container/volume/mount is revealed and
 * highlighted (never focusing the editor); moving the cursor into an entry selects it.
 */
export function bindSelection(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  files: EditorFiles,
  studio: Studio,
): Monaco.IDisposable {
  const { store } = studio;
  const highlight = editor.createDecorationsCollection();
  // the element the cursor selected: highlighting it must not scroll under the user's hands
  let fromCursor: string | null = null;
  // selecting often opens the inspector, which shrinks the editor right after we revealed
  let revealedAt = 0;
  const revealHighlight = () => {
    const range = highlight.getRange(0);
    if (range) editor.revealRangeInCenterIfOutsideViewport(range, monaco.editor.ScrollType.Immediate);
  };
  const layoutSub = editor.onDidLayoutChange(() => {
    if (Date.now() - revealedAt < 1000) revealHighlight();
  });

  // the shown file's text and what is shown of it: usable while it parses and is not still being analysed
  const editorView = (): (ViewOfFile & { text: string; model: Monaco.editor.ITextModel }) | null => {
    const model = editor.getModel();
    if (!model) return null;
    const text = model.getValue();
    return { text, model, ...viewOfFile(studio, files.shown(), text) };
  };

  const refresh = (reveal: boolean) => {
    const { selection, files: all, active } = store.getState();
    // in a build of several files the selection is in build ids: the element's text is in its home file
    const home = selection.length === 1 && all.length > 1 ? studio.views.build(all).home(selection[0]) : undefined;
    // selecting an element of another file shows that file (as a click on a problem does)
    if (reveal && home && home.file !== active) store.getState().setActive(home.file);
    const shown = editorView();
    if (!shown?.usable || !shown.file) return;
    const { text, model } = shown;
    const local = home ? (home.file === files.shown() ? home.id : undefined) : selection[0];
    const span = selection.length === 1 && local !== undefined ? spanOfElement(shown.file.outline.elements, local) : undefined;
    if (!span) {
      highlight.clear();
      return;
    }
    const { start, end } = lineBounds(text, span);
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(end);
    const range = new monaco.Range(a.lineNumber, 1, b.lineNumber, b.column);
    highlight.set([{ range, options: { isWholeLine: true, className: 'editor-selected-element', linesDecorationsClassName: 'editor-selected-gutter' } }]);
    if (reveal && selection[0] !== fromCursor) {
      fromCursor = null;
      revealedAt = Date.now();
      revealHighlight();
    }
  };

  const storeSub = store.subscribe((s, prev) => {
    // a command that selects what it made must not scroll the text under the user: highlight only
    if (s.selection !== prev.selection) refresh(s.files === prev.files);
    else if (s.files !== prev.files || s.active !== prev.active) {
      refresh(false);
      // typing into the entry the cursor selected (a rename changes its id) keeps it selected
      if (s.change.origin === 'editor' && fromCursor !== null && s.selection.length === 1 && s.selection[0] === fromCursor) selectAtCursor();
    }
  });

  // a click into a large text still being analysed selects once its analysis arrives
  let cursorWaits = false;
  const selectAtCursor = () => {
    const shown = editorView();
    cursorWaits = shown?.view.pending ?? false;
    const position = editor.getPosition();
    if (!shown?.usable || !shown.file || !position) return;
    const local = elementAt(shown.text, shown.file.outline.elements, shown.model.getOffsetAt(position));
    if (!local) return;
    const all = store.getState().files;
    // the graph's id: an id two files hold is qualified by its file
    const id = all.length > 1 ? (studio.views.build(all).buildId(files.shown(), local) ?? local) : local;
    fromCursor = id;
    const current = store.getState().selection;
    if (current.length !== 1 || current[0] !== id) store.getState().setSelection([id]);
  };

  const cursorSub = editor.onDidChangeCursorPosition((e) => {
    if (e.reason !== monaco.editor.CursorChangeReason.Explicit || e.source === 'api') return;
    selectAtCursor();
  });

  const backgroundSub = studio.background.subscribe(() => {
    if (cursorWaits) selectAtCursor();
    refresh(false);
  });

  refresh(false);
  return {
    dispose() {
      storeSub();
      backgroundSub();
      cursorSub.dispose();
      layoutSub.dispose();
      highlight.clear();
    },
  };
}
