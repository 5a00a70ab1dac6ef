import type { CommandEffects } from '../core/commands/effects.ts';
import type { Command, TextEdit } from '../core/commands/types.ts';
import type { AnalysisCache } from './analysis.ts';
import type { CommandEngine } from './commandEngine.ts';
import { placeDropped } from './layoutState.ts';
import { renamePositions, type XY } from './positions.ts';
import { noticeState, type StudioStore } from './store.ts';
import { MAIN_FILE, type StudioFile } from './files.ts';
import type { Views } from './views.ts';

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

/** What dispatch reads and changes of a Studio. */
export interface DispatchSource {
  store: StudioStore;
  analysis: AnalysisCache;
  views: Views;
  engine: CommandEngine;
  /** The text with the editor's pending typing (studio.text()). */
  text(): string;
}

/** studio.dispatch: the commands run on the text the editor shows; layout and selection follow their effects. */
export function runDispatch(studio: DispatchSource, command: Command | Command[], opts: DispatchOptions = {}): DispatchResult {
  const { store, analysis, views, engine } = studio;
  const layout = { analysis, views };
  const refuse = (kind: 'error' | 'info', reason: string): DispatchResult => {
    store.setState(noticeState(store.getState(), kind, reason));
    return { ok: false, reason };
  };

  const commands = Array.isArray(command) ? command : [command];
  const before = studio.text();
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
}
