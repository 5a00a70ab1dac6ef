import type * as Monaco from 'monaco-editor';

/** What the editor's features need to know of its models: which file each is, and which is shown. */
export interface EditorFiles {
  /** The file a model is of, or null (a model of another editor, e.g. Compare's). */
  nameOf(model: Monaco.editor.ITextModel | null): string | null;
  /** The file the editor shows. */
  shown(): string;
}
