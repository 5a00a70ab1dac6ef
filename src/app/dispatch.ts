import type { CommandEffects } from '../core/commands/effects.ts';
import type { Command, TextEdit } from '../core/commands/types.ts';
import type { AnalysisCache } from './analysis.ts';
import type { CommandEngine } from './commandEngine.ts';
import { fileNamed, withText, type StudioFile } from './files.ts';
import { placeDropped } from './layoutState.ts';
import { renamePositions, type XY } from './positions.ts';
import { followUps, routeCommand } from './routeCommand.ts';
import { noticeState, type FileEdit, type StudioStore } from './store.ts';
import type { Views } from './views.ts';

/** What a command did: the files as they are now, and what layout and selection followed (build ids). */
export interface DispatchEffects extends CommandEffects {
  /** The selection after the command. */
  selection: string[];
}

export type DispatchResult =
  | {
      ok: true;
      files: StudioFile[];
      /** The edits of the first file it changed. */
      edits: TextEdit[];
      /** Each changed file with its edits. */
      changes: FileEdit[];
      effects: DispatchEffects;
    }
  | { ok: false; reason: string };

export interface DispatchOptions {
  /** The undo label (default: the command's type, or "Edit" for several). */
  label?: string;
  /** Where a dropped element goes (the command creates it). */
  at?: XY;
  /** The selection stays (the keyboard's mount prompt makes several mounts in a row from one element). */
  keepSelection?: boolean;
  /**
   * The file the command edits, its ids being that file's own (the inspector's, a quick fix's).
   * Without it the ids are the graph's (build ids) and the command goes to the file holding its
   * element; a new element goes to the file the editor shows.
   */
  file?: string;
  /** Commands of other files (their own ids) made in the same step: a quick fix that moves a volume between files. */
  also?: { file: string; command: Command }[];
}

/** What dispatch reads and changes of a Studio. */
export interface DispatchSource {
  store: StudioStore;
  analysis: AnalysisCache;
  views: Views;
  engine: CommandEngine;
  /** The files with the editor's pending typing (studio.files()). */
  files(): StudioFile[];
}

/** studio.dispatch: the commands run on the texts the editor shows; layout and selection follow their effects. */
export function runDispatch(studio: DispatchSource, command: Command | Command[], opts: DispatchOptions = {}): DispatchResult {
  const { store, analysis, views, engine } = studio;
  const layout = { analysis, views };
  const refuse = (kind: 'error' | 'info', reason: string): DispatchResult => {
    store.setState(noticeState(store.getState(), kind, reason));
    return { ok: false, reason };
  };

  const commands = Array.isArray(command) ? command : [command];
  const before = studio.files();
  const build = views.build(before);
  if (before.some((f) => !analysis.of(f.text).wellFormed)) {
    return refuse('error', 'Graph editing is paused until the YAML parses again: fix the error shown in the editor.');
  }
  const commandsNow = engine.get();
  if (!commandsNow) {
    // a graph action in the moment before the commands have loaded (see commandEngine.ts)
    void engine.load();
    return refuse('info', 'Graph editing is still loading; try again in a moment.');
  }
  const active = store.getState().active;
  // each command, then what it means for the other files (a renamed volume's binds elsewhere)
  const steps: { file: string; command: Command; primary: boolean }[] = [];
  for (const c of commands) {
    const routed = opts.file !== undefined ? { ok: true as const, file: opts.file, command: c } : routeCommand(build, active, c);
    if (!routed.ok) return refuse('error', routed.reason);
    steps.push({ file: routed.file, command: routed.command, primary: true });
    for (const f of followUps(build, routed.file, routed.command)) steps.push({ ...f, primary: false });
  }
  for (const a of opts.also ?? []) steps.push({ ...a, primary: false });

  let files = before;
  const lastEdits = new Map<string, TextEdit[]>();
  let selected: { file: string; id: string } | undefined;
  const local: { renamed: { file: string; from: string; to: string }[]; created: { file: string; id: string }[] } = { renamed: [], created: [] };
  for (const step of steps) {
    const text = fileNamed(files, step.file)?.text;
    if (text === undefined) return refuse('error', `There is no file \`${step.file}\` in the build.`);
    const result = commandsNow.applyCommand(text, step.command, { analyze: analysis.of });
    if (!result.ok) return refuse('error', result.reason);
    files = withText(files, step.file, result.text);
    lastEdits.set(step.file, result.edits);
    if (step.primary) selected = result.selectId === undefined ? undefined : { file: step.file, id: result.selectId };
    for (const [from, to] of result.effects.renamed) local.renamed.push({ file: step.file, from, to });
    for (const id of result.effects.created) local.created.push({ file: step.file, id });
  }
  const after = views.build(files);
  const toBuild = (file: string, id: string) => after.buildId(file, id) ?? id;
  const effects: CommandEffects = {
    renamed: local.renamed.map(({ file, from, to }) => [build.buildId(file, from) ?? from, toBuild(file, to)] as const),
    created: local.created.map(({ file, id }) => toBuild(file, id)),
  };
  const state = store.getState();
  // an array is a change of several (a multiple delete), even of one: one undo step, nothing selected after
  const single = !Array.isArray(command);
  const changes: FileEdit[] = before
    .map((f, i) => ({ was: f, now: files[i] }))
    .filter(({ was, now }) => was.text !== now.text)
    .map(({ was, now }) => {
      // one command's own edits when it was the file's only one; else the difference (one undo step either way)
      const own = single && steps.filter((s) => s.file === now.name).length === 1 ? lastEdits.get(now.name) : undefined;
      return { file: now.name, text: now.text, edits: own ?? commandsNow.diffEdits(was.text, now.text) };
    });
  let positions = renamePositions(state.positions, effects.renamed);
  if (single && opts.at && effects.created.length > 0) positions = placeDropped(layout, files, positions, effects.created[0], opts.at);
  const selectId = selected ? toBuild(selected.file, selected.id) : undefined;
  const selection = !single ? [] : selectId && !opts.keepSelection ? [selectId] : state.selection;
  const followed = effects.renamed.some(([from, to]) => from === state.selection[0] && to === selection[0]);
  const sameKey = single && (followed || selection[0] === state.selection[0]);
  store.getState().applyGraphChange({
    changes,
    label: opts.label ?? (single ? commands[0].type : 'Edit'),
    positions,
    selection,
    selectionKey: sameKey ? state.selectionKey : state.selectionKey + 1,
  });
  return { ok: true, files, edits: changes[0]?.edits ?? [], changes, effects: { ...effects, selection } };
}
