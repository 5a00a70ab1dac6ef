import { create } from 'zustand';
import type { CommandEffects } from '../core/commands/effects.ts';
import type { Command, CommandResult } from '../core/commands/types.ts';
import { inBreaksOf } from '../core/text/lineBreaks.ts';
import { analysisOf } from './analysis.ts';
import { commandEngine, loadCommandEngine } from './commandEngine.ts';
import { flushEditor } from './editorBridge.ts';
import { recallLayout, rememberLayout, type LayoutMemory } from './layoutMemory.ts';
import { completePositions, placeDropped } from './layoutState.ts';
import { notice, type Notice } from './notice.ts';
import { renamePositions, type Positions, type XY } from './positions.ts';
import type { SaveState } from './sessionStatus.ts';
import type { SharedConfig } from './shareLink.ts';
import type { ChangeOrigin, TextChange } from './textChange.ts';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface StudioState {
  /** The YAML text: the single source of truth. Everything else about the config is derived from it. */
  text: string;
  /** The last change of the text and where it came from. */
  change: TextChange;
  /** Session data: node positions by stable id. */
  positions: Positions;
  /** The layouts of texts a load replaced, so that undoing the load brings them back (layoutMemory.ts). */
  replacedLayouts: LayoutMemory[];
  /** Selected node/edge ids. */
  selection: string[];
  /**
   * Counts selections: a new one for each new selection, the same while the selection follows
   * its element through a rename (a command's `effects.renamed`), so views of it are not remounted.
   */
  selectionKey: number;
  notice: Notice | null;
  theme: ThemePreference;
  /** Autosave's state (set by src/app/autosave.ts), shown in the toolbar. */
  saveState: SaveState;
  /** A share link's config waiting for the user's answer (it would replace saved work). */
  shareOffer: SharedConfig | null;
  /** The text as last opened or exported: a different `text` holds changes that New asks before replacing. */
  savedText: string;

  /** The editor reports the user's typing (or its own undo/redo): its text, in its own line breaks. */
  editorChanged(edited: string): void;
  /** Gives new nodes positions once a large typed text's background analysis has arrived. */
  completeLayout(): void;
  /** Replaces the whole text (open file, example, new). */
  load(text: string, options?: { positions?: Positions; label?: string }): void;
  /** The user exported `text` (linuxkit.yml): it is saved outside the browser. */
  markSaved(text: string): void;
  /**
   * Runs a core command on the text; refused commands leave everything as it was and say why.
   * The command's `selectId` becomes the selection unless `keepSelection` (the keyboard's mount
   * prompt makes several mounts in a row from one element, which keeps the focus).
   */
  runCommand(command: Command, options?: { label?: string; at?: XY; keepSelection?: boolean }): CommandResult;
  /** Runs several commands as one change (one undo step); stops at the first refusal. */
  runCommands(commands: Command[], options?: { label?: string }): CommandResult;
  /** The user moved nodes. */
  movePositions(updates: Positions): void;
  relayout(): void;
  setSelection(ids: string[]): void;
  setTheme(theme: ThemePreference): void;
  showNotice(kind: Notice['kind'], message: string): void;
  dismissNotice(): void;
  setSaveState(saveState: SaveState): void;
  setShareOffer(offer: SharedConfig | null): void;
  /** Resolve a two-tab conflict; autosave installs the real handlers when it starts. */
  keepMine(): void;
  loadTheirs(): void;
}

function changed(state: StudioState, origin: ChangeOrigin, extra: Partial<TextChange> = {}): TextChange {
  return { version: state.change.version + 1, origin, ...extra };
}

/** A graph action in the moment before the commands have loaded (see commandEngine.ts). */
function notReady(set: (partial: Partial<StudioState>) => void): CommandResult {
  void loadCommandEngine();
  const reason = 'Graph editing is still loading; try again in a moment.';
  set({ notice: notice('info', reason) });
  return { ok: false, reason };
}

/** `savedText` (default: `text`) is what the page counts as opened or exported, for New's question. */
export function createStudioStore(initial: { text: string; positions?: Positions; savedText?: string }) {
  return create<StudioState>()((set, get) => ({
    text: initial.text,
    change: { version: 0, origin: 'load' },
    positions: completePositions(initial.text, initial.positions ?? {}),
    replacedLayouts: [],
    selection: [],
    selectionKey: 0,
    notice: null,
    theme: 'system',
    saveState: { kind: 'saved' },
    shareOffer: null,
    savedText: initial.savedText ?? initial.text,

    editorChanged(edited) {
      const state = get();
      // undo (or redo) of a load: the text it replaced comes back exactly, with its layout
      const recalled = recallLayout(state.replacedLayouts, edited);
      const text = recalled?.text ?? inBreaksOf(state.text, edited);
      if (text === state.text) return;
      set({
        text,
        change: changed(state, 'editor'),
        positions: completePositions(text, recalled?.positions ?? state.positions, { typed: true }),
        ...(recalled ? { replacedLayouts: rememberLayout(recalled.rest, state.text, state.positions) } : {}),
      });
    },

    completeLayout() {
      const { text, positions } = get();
      const next = completePositions(text, positions, { typed: true });
      if (next !== positions) set({ positions: next });
    },

    load(text, options = {}) {
      const state = get();
      const previous = state.text;
      set({
        text,
        change: changed(state, 'load', {
          edits: [{ from: 0, to: previous.length, insert: text }],
          label: options.label ?? 'Open',
        }),
        positions: completePositions(text, options.positions ?? {}, { fresh: !options.positions }),
        replacedLayouts: rememberLayout(state.replacedLayouts, previous, state.positions),
        selection: [],
        selectionKey: state.selectionKey + 1,
        savedText: text,
      });
    },

    markSaved(text) {
      set({ savedText: text });
    },

    runCommand(command, options = {}) {
      flushEditor();
      const state = get();
      const analysis = analysisOf(state.text);
      if (!analysis.wellFormed) {
        const reason = 'Graph editing is paused until the YAML parses again: fix the error shown in the editor.';
        set({ notice: notice('error', reason) });
        return { ok: false, reason };
      }
      const engine = commandEngine();
      if (!engine) return notReady(set);
      const result = engine.applyCommand(state.text, command, { analyze: analysisOf });
      if (!result.ok) {
        set({ notice: notice('error', result.reason) });
        return result;
      }
      const { renamed, created } = result.effects;
      let positions = renamePositions(state.positions, renamed);
      if (options.at && created.length > 0) positions = placeDropped(result.text, positions, created[0], options.at);
      const selection = result.selectId && !options.keepSelection ? [result.selectId] : state.selection;
      const followed = renamed.some(([from, to]) => from === state.selection[0] && to === selection[0]);
      set({
        text: result.text,
        change: changed(state, 'graph', { edits: result.edits, label: options.label ?? command.type }),
        positions: completePositions(result.text, positions),
        selection,
        selectionKey: followed || selection[0] === state.selection[0] ? state.selectionKey : state.selectionKey + 1,
        notice: null,
      });
      return result;
    },

    runCommands(commands, options = {}) {
      flushEditor();
      const state = get();
      if (!analysisOf(state.text).wellFormed) return get().runCommand(commands[0], options);
      const engine = commandEngine();
      if (!engine) return notReady(set);
      let text = state.text;
      const effects: CommandEffects = { renamed: [], created: [] };
      for (const command of commands) {
        const result = engine.applyCommand(text, command, { analyze: analysisOf });
        if (!result.ok) {
          set({ notice: notice('error', result.reason) });
          return result;
        }
        text = result.text;
        effects.renamed.push(...result.effects.renamed);
        effects.created.push(...result.effects.created);
      }
      const edits = engine.diffEdits(state.text, text);
      set({
        text,
        change: changed(state, 'graph', { edits, label: options.label ?? 'Edit' }),
        positions: completePositions(text, renamePositions(state.positions, effects.renamed)),
        selection: [],
        selectionKey: state.selectionKey + 1,
        notice: null,
      });
      return { ok: true, text, edits, effects };
    },

    movePositions(updates) {
      set({ positions: { ...get().positions, ...updates } });
    },

    relayout() {
      set({ positions: completePositions(get().text, {}, { fresh: true }) });
    },

    setSelection(ids) {
      const current = get().selection;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ selection: ids, selectionKey: get().selectionKey + 1 });
    },

    setTheme(theme) {
      set({ theme });
    },

    showNotice(kind, message) {
      set({ notice: notice(kind, message) });
    },

    dismissNotice() {
      set({ notice: null });
    },

    setSaveState(saveState) {
      set({ saveState });
    },

    setShareOffer(shareOffer) {
      set({ shareOffer });
    },

    keepMine() {},
    loadTheirs() {},
  }));
}

export type StudioStore = ReturnType<typeof createStudioStore>;
