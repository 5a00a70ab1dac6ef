import { create } from 'zustand';
import type { TextEdit } from '../core/commands/types.ts';
import { inBreaksOf } from '../core/text/lineBreaks.ts';
import { recallLayout, rememberLayout, type LayoutMemory } from './layoutMemory.ts';
import { completePositions, type LayoutSource } from './layoutState.ts';
import { notice, type Notice } from './notice.ts';
import type { Positions } from './positions.ts';
import type { SaveState } from './sessionStatus.ts';
import type { SharedConfig } from './shareLink.ts';
import type { ChangeOrigin, TextChange } from './textChange.ts';

export type ThemePreference = 'system' | 'light' | 'dark';

/** The UI's switches: modes and options that are not part of the config. */
export interface UiFlags {
  /** Explain mode (for teaching): selecting a volume or mount explains it in plain words. */
  explain: boolean;
  /** The graph's text outline beside the canvas. */
  outline: boolean;
  /** The data-flow view. */
  dataFlow: boolean;
  /** "Keep layout": export appends the node positions as a trailing comment block. Off by default: the file carries only the config. */
  keepLayout: boolean;
}

export interface StudioState {
  /** The YAML text: the single source of truth. Everything else about the config is derived from it. Read it through `studio.text()`. */
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
  /** How many notices were shown: the next one's id. */
  noticeCount: number;
  theme: ThemePreference;
  flags: UiFlags;
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
  /** A graph change (studio.dispatch): the new text with its edits, positions and selection. */
  applyGraphChange(change: { text: string; edits: TextEdit[]; label: string; positions: Positions; selection: string[]; selectionKey: number }): void;
  /** The user moved nodes. */
  movePositions(updates: Positions): void;
  relayout(): void;
  setSelection(ids: string[]): void;
  setTheme(theme: ThemePreference): void;
  setFlag(flag: keyof UiFlags, on: boolean): void;
  toggleFlag(flag: keyof UiFlags): void;
  showNotice(kind: Notice['kind'], message: string): void;
  dismissNotice(): void;
  setSaveState(saveState: SaveState): void;
  setShareOffer(offer: SharedConfig | null): void;
  /** Resolve a two-tab conflict; autosave installs the real handlers when it starts. */
  keepMine(): void;
  loadTheirs(): void;
}

export const DEFAULT_FLAGS: UiFlags = { explain: false, outline: false, dataFlow: false, keepLayout: false };

function changed(state: StudioState, origin: ChangeOrigin, extra: Partial<TextChange> = {}): TextChange {
  return { version: state.change.version + 1, origin, ...extra };
}

/** The state that shows a notice (for actions that show one beside their own change). */
export function noticeState(state: Pick<StudioState, 'noticeCount'>, kind: Notice['kind'], message: string): Pick<StudioState, 'notice' | 'noticeCount'> {
  return { notice: notice(kind, message, state.noticeCount), noticeCount: state.noticeCount + 1 };
}

/**
 * The Studio's store (created by createStudio, which owns it). `savedText` (default: `text`) is
 * what the page counts as opened or exported, for New's question.
 */
export function createStudioStore(initial: { text: string; positions?: Positions; savedText?: string }, layout: LayoutSource) {
  return create<StudioState>()((set, get) => ({
    text: initial.text,
    change: { version: 0, origin: 'load' },
    positions: completePositions(layout, initial.text, initial.positions ?? {}),
    replacedLayouts: [],
    selection: [],
    selectionKey: 0,
    notice: null,
    noticeCount: 0,
    theme: 'system',
    flags: DEFAULT_FLAGS,
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
        positions: completePositions(layout, text, recalled?.positions ?? state.positions, { typed: true }),
        ...(recalled ? { replacedLayouts: rememberLayout(recalled.rest, state.text, state.positions) } : {}),
      });
    },

    completeLayout() {
      const { text, positions } = get();
      const next = completePositions(layout, text, positions, { typed: true });
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
        positions: completePositions(layout, text, options.positions ?? {}, { fresh: !options.positions }),
        replacedLayouts: rememberLayout(state.replacedLayouts, previous, state.positions),
        selection: [],
        selectionKey: state.selectionKey + 1,
        savedText: text,
      });
    },

    markSaved(text) {
      set({ savedText: text });
    },

    applyGraphChange({ text, edits, label, positions, selection, selectionKey }) {
      const state = get();
      set({
        text,
        change: changed(state, 'graph', { edits, label }),
        positions: completePositions(layout, text, positions),
        selection,
        selectionKey,
        notice: null,
      });
    },

    movePositions(updates) {
      set({ positions: { ...get().positions, ...updates } });
    },

    relayout() {
      set({ positions: completePositions(layout, get().text, {}, { fresh: true }) });
    },

    setSelection(ids) {
      const current = get().selection;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ selection: ids, selectionKey: get().selectionKey + 1 });
    },

    setTheme(theme) {
      set({ theme });
    },

    setFlag(flag, on) {
      if (get().flags[flag] !== on) set({ flags: { ...get().flags, [flag]: on } });
    },

    toggleFlag(flag) {
      set({ flags: { ...get().flags, [flag]: !get().flags[flag] } });
    },

    showNotice(kind, message) {
      set(noticeState(get(), kind, message));
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
