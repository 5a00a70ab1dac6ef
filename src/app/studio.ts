import type { Command } from '../core/commands/types.ts';
import { createAnalysisCache, type AnalysisCache } from './analysis.ts';
import { createBackgroundAnalysis, type Analyser, type BackgroundAnalysis } from './backgroundAnalysis.ts';
import { createCommandEngine, type CommandEngine, type Engine } from './commandEngine.ts';
import type { EditorPort } from './editorPort.ts';
import { runDispatch, type DispatchOptions, type DispatchResult } from './dispatch.ts';
import { fileNamed, MAIN_FILE, type StudioFile } from './files.ts';
import type { Positions } from './positions.ts';
import { createStudioStore, unsavedFiles, type StudioStore } from './store.ts';
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
  /**
   * The text of a file (the one the editor shows by default), with the editor's pending typing
   * taken first: the only way to read a text. A name the build does not hold is a mistake: it throws.
   */
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

/** How a Studio starts: one text (the one file, `linuxkit.yml`) or the build's files, and what counts as saved. */
export interface StudioStart {
  /** One text: a build of one file, `linuxkit.yml` (when `files` is not given). */
  text?: string;
  /** The build's files, in order. */
  files?: StudioFile[];
  positions?: Positions;
  /** What the page counts as opened or exported (default: what it starts with), for New's question. */
  savedText?: string;
  savedFiles?: StudioFile[];
}

export function createStudio(initial: StudioStart, options: StudioOptions = {}): Studio {
  const analysis = createAnalysisCache();
  const background = createBackgroundAnalysis(options.analyser ?? null);
  const views = createViews(analysis, background);
  const engine = createCommandEngine(options.engine ?? null);
  const layout = { analysis, views };
  const startFiles = initial.files && initial.files.length > 0 ? initial.files : [{ name: MAIN_FILE, text: initial.text ?? '' }];
  const savedFiles = initial.savedFiles ?? (initial.savedText !== undefined ? [{ name: startFiles[0].name, text: initial.savedText }] : undefined);
  const store = createStudioStore({ files: startFiles, positions: initial.positions, savedFiles }, layout);
  // nodes a large typed text gained get their positions when its background analysis arrives
  background.subscribe(() => {
    store.getState().completeLayout();
    const { notice, files } = store.getState();
    if (notice?.untilAnalysed && !views.shown(files).pending) store.getState().dismissNotice();
  });
  let editor: EditorPort | null = null;
  const editorListeners = new Set<() => void>();

  const files = (): StudioFile[] => {
    const pending = editor?.takePending() ?? null;
    if (pending !== null) store.getState().editorChanged(pending.text, pending.file);
    return store.getState().files;
  };
  const text = (file: string = store.getState().active): string => {
    const found = fileNamed(files(), file);
    if (!found) throw new Error(`The build has no file named ${JSON.stringify(file)}.`);
    return found.text;
  };

  const dispatch = (command: Command | Command[], opts: DispatchOptions = {}): DispatchResult =>
    runDispatch({ store, analysis, views, engine, files }, command, opts);

  return {
    store,
    analysis,
    views,
    background,
    engine,
    files,
    text,
    view: () => views.shown(files()),
    unsaved: () => unsavedFiles(store.getState(), files()),
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
