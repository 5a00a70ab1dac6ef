import type { CommandEffects } from '../core/commands/effects.ts';
import type { Command, TextEdit } from '../core/commands/types.ts';
import { createAnalysisCache, type AnalysisCache } from './analysis.ts';
import { createBackgroundAnalysis, type Analyser, type BackgroundAnalysis } from './backgroundAnalysis.ts';
import { createCommandEngine, type CommandEngine, type Engine } from './commandEngine.ts';
import type { EditorPort } from './editorPort.ts';
import { placeDropped } from './layoutState.ts';
import { renamePositions, type Positions, type XY } from './positions.ts';
import { createStudioStore, noticeState, type StudioStore } from './store.ts';
import { createViews, type ShownView, type Views } from './views.ts';

/** One file of the build: today there is one, `linuxkit.yml`. */
export interface StudioFile {
  name: string;
  text: string;
}

/** The name of the one file (what Export downloads). */
export const MAIN_FILE = 'linuxkit.yml';

/** What a command did: the files as they are now, and what layout and selection followed. */
export interface DispatchEffects extends CommandEffects {
  /** The selection after the command. */
  selection: string[];
}

export type DispatchResult = { ok: true; files: StudioFile[]; edits: TextEdit[]; effects: DispatchEffects } | { ok: false; reason: string };

export interface DispatchOptions {
  /** The undo label (default: the command's type, or "Edit" for several). */
  label?: string;
  /** Where a dropped element goes (the command creates it). */
  at?: XY;
  /** The selection stays (the keyboard's mount prompt makes several mounts in a row from one element). */
  keepSelection?: boolean;
}

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

  const refuse = (kind: 'error' | 'info', reason: string): DispatchResult => {
    store.setState(noticeState(store.getState(), kind, reason));
    return { ok: false, reason };
  };

  const dispatch = (command: Command | Command[], opts: DispatchOptions = {}): DispatchResult => {
    const commands = Array.isArray(command) ? command : [command];
    const before = text();
    if (!analysis.of(before).wellFormed) return refuse('error', 'Graph editing is paused until the YAML parses again: fix the error shown in the editor.');
    const commandsNow = engine.get();
    if (!commandsNow) {
      // a graph action in the moment before the commands have loaded (see commandEngine.ts)
      void engine.load();
      return refuse('info', 'Graph editing is still loading; try again in a moment.');
    }
    let next = before;
    let edits: TextEdit[] = [];
    let selectId: string | undefined;
    const effects: CommandEffects = { renamed: [], created: [] };
    for (const c of commands) {
      const result = commandsNow.applyCommand(next, c, { analyze: analysis.of });
      if (!result.ok) return refuse('error', result.reason);
      next = result.text;
      edits = result.edits;
      selectId = result.selectId;
      effects.renamed.push(...result.effects.renamed);
      effects.created.push(...result.effects.created);
    }
    const state = store.getState();
    // an array is a change of several (a multiple delete), even of one: one undo step, nothing selected after
    const single = !Array.isArray(command);
    if (!single) edits = commandsNow.diffEdits(before, next);
    let positions = renamePositions(state.positions, effects.renamed);
    if (single && opts.at && effects.created.length > 0) positions = placeDropped(layout, next, positions, effects.created[0], opts.at);
    const selection = !single ? [] : selectId && !opts.keepSelection ? [selectId] : state.selection;
    const followed = effects.renamed.some(([from, to]) => from === state.selection[0] && to === selection[0]);
    const sameKey = single && (followed || selection[0] === state.selection[0]);
    store.getState().applyGraphChange({
      text: next,
      edits,
      label: opts.label ?? (single ? commands[0].type : 'Edit'),
      positions,
      selection,
      selectionKey: sameKey ? state.selectionKey : state.selectionKey + 1,
    });
    return { ok: true, files: [{ name: MAIN_FILE, text: next }], edits, effects: { ...effects, selection } };
  };

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
