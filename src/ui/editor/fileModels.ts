import type * as Monaco from 'monaco-editor';

/**
 * The editor's text models, one per file of the build: each keeps its own undo stack, cursor and
 * scroll, and the editor shows the active file's. Created on first use, disposed when the file
 * leaves the build.
 */
export interface FileModels {
  /** The model of a file, created with `text` when it has none yet. */
  get(name: string, text: string): Monaco.editor.ITextModel;
  /** The file a model is of, or null (another editor's model). */
  nameOf(model: Monaco.editor.ITextModel | null): string | null;
  /** The file whose model the editor shows. */
  shown(): string;
  /** Shows a file's model, keeping the one it replaces' cursor and scroll for when it comes back. */
  show(name: string, text: string): void;
  /** Disposes the models of files no longer in the build. */
  keepOnly(names: readonly string[]): void;
  dispose(): void;
}

export function createFileModels(monaco: typeof Monaco, editor: Monaco.editor.IStandaloneCodeEditor, onCreate: (name: string, model: Monaco.editor.ITextModel) => Monaco.IDisposable): FileModels {
  const models = new Map<string, { model: Monaco.editor.ITextModel; sub: Monaco.IDisposable; state: Monaco.editor.ICodeEditorViewState | null }>();
  let shown = '';
  const get = (name: string, text: string) => {
    let entry = models.get(name);
    if (!entry) {
      const model = monaco.editor.createModel(text, 'yaml', monaco.Uri.from({ scheme: 'inmemory', authority: 'linuxkit-studio', path: `/${encodeURIComponent(name)}` }));
      // no setEOL: a CRLF file stays CRLF (Monaco keeps the line ending it was created with)
      entry = { model, sub: onCreate(name, model), state: null };
      models.set(name, entry);
    }
    return entry.model;
  };
  return {
    get,
    nameOf(model) {
      for (const [name, entry] of models) if (entry.model === model) return name;
      return null;
    },
    shown: () => shown,
    show(name, text) {
      if (name === shown && editor.getModel() === models.get(name)?.model) return;
      const leaving = models.get(shown);
      if (leaving) leaving.state = editor.saveViewState();
      const model = get(name, text);
      shown = name;
      editor.setModel(model);
      const state = models.get(name)?.state;
      if (state) editor.restoreViewState(state);
    },
    keepOnly(names) {
      for (const [name, entry] of models) {
        if (names.includes(name) || name === shown) continue;
        entry.sub.dispose();
        entry.model.dispose();
        models.delete(name);
      }
    },
    dispose() {
      for (const entry of models.values()) {
        entry.sub.dispose();
        entry.model.dispose();
      }
      models.clear();
    },
  };
}
