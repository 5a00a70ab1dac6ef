import type { Command } from '../core/commands/types.ts';
import { createAnalysisCache, type AnalysisCache } from './analysis.ts';
import { createBackgroundAnalysis, type Analyser, type BackgroundAnalysis } from './backgroundAnalysis.ts';
import { createCommandEngine, type CommandEngine, type Engine } from './commandEngine.ts';
import type { EditorPort } from './editorPort.ts';
import { runDispatch, type DispatchOptions, type DispatchResult } from './dispatch.ts';
import { MAIN_FILE, type StudioFile } from './files.ts';
import type { Positions } from './positions.ts';
import { createStudioStore, type StudioStore } from './store.ts';
import { createViews, type ShownView, type Views } from './views.ts';

export { MAIN_FILE, type StudioFile } from './files.ts';
export type { DispatchEffects, DispatchOptions, DispatchResult } from './dispatch.ts';

export interface StudioOptions {
  /** Where large texts are analysed (a worker by default). */
  analyser?: Analyser;
  /** The graph commands when they are already loaded (tests); otherwise they load on demand. */
  engine?: Engine;
}

/**
 * One app instance: the store and everything derived from it (analyses, views with the last good
 * one, the background analysis, the graph commands) and the editor attached to it. Nothing of it
 * lives in modules, so tests create as many Studios as they like, without React.
 */
export interface Studio {
  readonly store: StudioStore;
  readonly analysis: AnalysisCache;
  readonly views: Views;
  readonly background: BackgroundAnalysis;
  readonly engine: CommandEngine;
  /** The files of the build, in order, each with its text as `text()` reads it. */
  files(): StudioFile[];
  /** The text of a file (the one file by default), with the editor's pending typing taken first: the only way to read a text. */
  text(file?: string): string;
  /** The view of the current build (exact, pending or stale). */
  view(): ShownView;
  /** The text (pending typing included) holds changes that were never opened or exported: what New asks about. */
  unsaved(): boolean;
  /**
   * Runs a core command (or several as one change, one undo step, stopping at the first refusal);
   * refused commands leave everything as it was and say why in a notice. The command's selected
   * element becomes the selection unless `keepSelection`.
   */
  dispatch(command: Command | Command[], options?: DispatchOptions): DispatchResult;
  /** The attached editor, or null (none yet, or in tests without one). */
  editor(): EditorPort | null;
  /** Attaches the editor's port; returns the detach. */
  attachEditor(port: EditorPort): () => void;
  /** Called when an editor attaches or detaches. */
  onEditorChange(listener: () => void): () => void;
}

export function createStudio(initial: { text: string; positions?: Positions; savedText?: string }, options: StudioOptions = {}): Studio {
  const analysis = createAnalysisCache();
  const background = createBackgroundAnalysis(options.analyser ?? null);
  const views = createViews(analysis, background);
  const engine = createCommandEngine(options.engine ?? null);
  const layout = { analysis, views };
  const store = createStudioStore(initial, layout);
  // nodes a large typed text gained get their positions when its background analysis arrives
  background.subscribe(() => store.getState().completeLayout());
  let editor: EditorPort | null = null;
  const editorListeners = new Set<() => void>();

  const text = (file: string = MAIN_FILE): string => {
    if (file !== MAIN_FILE) return '';
    const pending = editor?.takePending() ?? null;
    if (pending !== null) store.getState().editorChanged(pending);
    return store.getState().text;
  };

  const dispatch = (command: Command | Command[], opts: DispatchOptions = {}): DispatchResult =>
    runDispatch({ store, analysis, views, engine, text: () => text() }, command, opts);

  return {
    store,
    analysis,
    views,
    background,
    engine,
    files: () => [{ name: MAIN_FILE, text: text() }],
    text,
    view: () => views.shown(text()),
    unsaved: () => text() !== store.getState().savedText,
    dispatch,
    editor: () => editor,
    attachEditor(port) {
      editor = port;
      for (const l of editorListeners) l();
      return () => {
        if (editor !== port) return;
        editor = null;
        for (const l of editorListeners) l();
      };
    },
    onEditorChange(listener) {
      editorListeners.add(listener);
      return () => editorListeners.delete(listener);
    },
  };
}
