import { create } from 'zustand';
import type { TextEdit } from '../core/commands/types.ts';

/** A file's new text and the edits that made it from the previous one. */
export interface FileEdit {
  file: string;
  text: string;
  edits: TextEdit[];
}
import { inBreaksOf } from '../core/text/lineBreaks.ts';
import { recallLayout, rememberLayout, type LayoutMemory } from './layoutMemory.ts';
import { completePositions, type LayoutSource } from './layoutState.ts';
import { notice, type Notice } from './notice.ts';
import type { Positions } from './positions.ts';
import type { SaveState } from './sessionStatus.ts';
import type { SharedConfig } from './shareLink.ts';
import type { ChangeOrigin, TextChange } from './textChange.ts';
import { fileNamed, MAIN_FILE, movedFile, sameFiles, uniqueFileNames, withText, type StudioFile } from './files.ts';

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
  /**
   * The build's files in order (`linuxkit build a.yml b.yml` takes them so); each YAML text is the
   * single source of truth for its file, and everything else is derived from them. Read a text
   * through `studio.text()`. Usually one file, `linuxkit.yml`.
   */
  files: StudioFile[];
  /** The name of the file the editor shows: where new elements go. */
  active: string;
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
  /** The files as last opened or exported: different ones hold changes that New asks before replacing. */
  savedFiles: StudioFile[];

  /** The editor reports the user's typing (or its own undo/redo) in a file (the active one by default): its text, in its own line breaks. */
  editorChanged(edited: string, file?: string): void;
  /** Gives new nodes positions once a large typed text's background analysis has arrived. */
  completeLayout(): void;
  /** Replaces the whole build (open files, example, new); a text is one file, `linuxkit.yml`. */
  load(build: string | StudioFile[], options?: { positions?: Positions; label?: string }): void;
  /** Adds files to the end of the build (names made unique) and shows the first of them. */
  addFiles(files: StudioFile[]): void;
  /** Takes a file out of the build (never the last one). */
  removeFile(name: string): void;
  /** Moves a file to another place in the build order (which LinuxKit's merge depends on). */
  moveFile(name: string, toIndex: number): void;
  /** Shows a file in the editor. */
  setActive(name: string): void;
  /** The user exported these files: they are saved outside the browser. */
  markSaved(files: StudioFile[]): void;
  /** A graph change (studio.dispatch): the new texts of the files it changed with their edits, positions and selection. */
  applyGraphChange(change: { changes: FileEdit[]; label: string; positions: Positions; selection: string[]; selectionKey: number }): void;
  /** The user moved nodes. */
  movePositions(updates: Positions): void;
  relayout(): void;
  setSelection(ids: string[]): void;
  setTheme(theme: ThemePreference): void;
  setFlag(flag: keyof UiFlags, on: boolean): void;
  toggleFlag(flag: keyof UiFlags): void;
  showNotice(kind: Notice['kind'], message: string, options?: { untilAnalysed?: boolean }): void;
  dismissNotice(): void;
  setSaveState(saveState: SaveState): void;
  setShareOffer(offer: SharedConfig | null): void;
  /** Resolve a two-tab conflict; autosave installs the real handlers when it starts. */
  keepMine(): void;
  loadTheirs(): void;
}

export const DEFAULT_FLAGS: UiFlags = { explain: false, outline: false, dataFlow: false, keepLayout: false };

function changed(state: StudioState, origin: ChangeOrigin, files: string[], extra: Partial<TextChange> = {}): TextChange {
  return { version: state.change.version + 1, origin, files, ...extra };
}

/** The state that shows a notice (for actions that show one beside their own change). */
export function noticeState(state: Pick<StudioState, 'noticeCount'>, kind: Notice['kind'], message: string): Pick<StudioState, 'notice' | 'noticeCount'> {
  return { notice: notice(kind, message, state.noticeCount), noticeCount: state.noticeCount + 1 };
}

/**
 * The Studio's store (created by createStudio, which owns it). `savedText` (default: `text`) is
 * what the page counts as opened or exported, for New's question.
 */
export function createStudioStore(initial: { files: StudioFile[]; positions?: Positions; savedFiles?: StudioFile[] }, layout: LayoutSource) {
  const files = uniqueFileNames(initial.files);
  return create<StudioState>()((set, get) => ({
    files,
    active: files[0].name,
    change: { version: 0, origin: 'load', files: files.map((f) => f.name) },
    positions: completePositions(layout, files, initial.positions ?? {}),
    replacedLayouts: [],
    selection: [],
    selectionKey: 0,
    notice: null,
    noticeCount: 0,
    theme: 'system',
    flags: DEFAULT_FLAGS,
    saveState: { kind: 'saved' },
    shareOffer: null,
    savedFiles: initial.savedFiles ?? files,

    editorChanged(edited, file = get().active) {
      const state = get();
      const current = fileNamed(state.files, file);
      if (!current) return;
      // undo (or redo) of a load: the text it replaced comes back exactly, with its layout
      const recalled = state.files.length === 1 ? recallLayout(state.replacedLayouts, edited) : null;
      const text = recalled?.text ?? inBreaksOf(current.text, edited);
      if (text === current.text) return;
      const files = withText(state.files, file, text);
      set({
        files,
        change: changed(state, 'editor', [file]),
        positions: completePositions(layout, files, recalled?.positions ?? state.positions, { typed: true }),
        ...(recalled ? { replacedLayouts: rememberLayout(recalled.rest, current.text, state.positions) } : {}),
      });
    },

    completeLayout() {
      const { files, positions } = get();
      const next = completePositions(layout, files, positions, { typed: true });
      if (next !== positions) set({ positions: next });
    },

    load(build, options = {}) {
      const state = get();
      const files = uniqueFileNames(typeof build === 'string' ? [{ name: MAIN_FILE, text: build }] : build);
      const one = files.length === 1 && state.files.length === 1 && files[0].name === state.files[0].name;
      set({
        files,
        active: files[0].name,
        change: changed(
          state,
          'load',
          files.map((f) => f.name),
          // one file replacing one file: a single edit of the whole text, which undo takes back
          one
            ? { edits: { [files[0].name]: [{ from: 0, to: state.files[0].text.length, insert: files[0].text }] }, label: options.label ?? 'Open' }
            : { label: options.label ?? 'Open' },
        ),
        positions: completePositions(layout, files, options.positions ?? {}, { fresh: !options.positions }),
        replacedLayouts: one ? rememberLayout(state.replacedLayouts, state.files[0].text, state.positions) : [],
        selection: [],
        selectionKey: state.selectionKey + 1,
        savedFiles: files,
      });
    },

    addFiles(added) {
      const state = get();
      if (added.length === 0) return;
      const files = uniqueFileNames([...state.files, ...added]);
      const names = files.slice(state.files.length).map((f) => f.name);
      set({
        files,
        active: names[0],
        change: changed(state, 'load', names, { label: 'Add file' }),
        positions: completePositions(layout, files, state.positions),
      });
    },

    removeFile(name) {
      const state = get();
      if (state.files.length <= 1 || !fileNamed(state.files, name)) return;
      const files = state.files.filter((f) => f.name !== name);
      const i = state.files.findIndex((f) => f.name === name);
      set({
        files,
        active: state.active === name ? files[Math.min(i, files.length - 1)].name : state.active,
        change: changed(state, 'load', [], { label: 'Remove file' }),
        positions: completePositions(layout, files, state.positions),
        selection: [],
        selectionKey: state.selectionKey + 1,
      });
    },

    moveFile(name, toIndex) {
      const state = get();
      const files = movedFile(state.files, name, toIndex);
      if (files === state.files) return;
      set({ files, positions: completePositions(layout, files, state.positions) });
    },

    setActive(name) {
      if (get().active !== name && fileNamed(get().files, name)) set({ active: name });
    },

    markSaved(files) {
      set({ savedFiles: files });
    },

    applyGraphChange({ changes, label, positions, selection, selectionKey }) {
      const state = get();
      const files = changes.reduce((fs, c) => withText(fs, c.file, c.text), state.files);
      set({
        files,
        // the editor shows what the graph action changed (in a build of several files)
        active: changes.length === 0 || changes.some((c) => c.file === state.active) ? state.active : changes[0].file,
        change: changed(
          state,
          'graph',
          changes.map((c) => c.file),
          { edits: Object.fromEntries(changes.map((c) => [c.file, c.edits])), label },
        ),
        positions: completePositions(layout, files, positions),
        selection,
        selectionKey,
        notice: null,
      });
    },

    movePositions(updates) {
      set({ positions: { ...get().positions, ...updates } });
    },

    relayout() {
      set({ positions: completePositions(layout, get().files, {}, { fresh: true }) });
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

    showNotice(kind, message, options) {
      const next = noticeState(get(), kind, message);
      set(options?.untilAnalysed ? { ...next, notice: { ...next.notice!, untilAnalysed: true } } : next);
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

/** The text of the file the editor shows. */
export function activeText(state: Pick<StudioState, 'files' | 'active'>): string {
  return (fileNamed(state.files, state.active) ?? state.files[0]).text;
}

/** The files hold changes that were never opened or exported. */
export function unsavedFiles(state: Pick<StudioState, 'savedFiles'>, files: readonly StudioFile[]): boolean {
  return !sameFiles(files, state.savedFiles);
}
