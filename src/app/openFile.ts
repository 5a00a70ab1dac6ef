import { decodeText } from '../core/text/decodeText.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { splitLayoutComment } from './layoutComment.ts';
import { mixedBreaksNote } from './mixedBreaksNote.ts';
import { admitText, MAX_OPEN_BYTES, tooLargeReason, type Admitted } from './openRule.ts';
import { LARGE_TEXT_CHARS } from './views.ts';
import type { Positions } from './positions.ts';
import type { StudioStore } from './store.ts';
import type { StudioFile } from './files.ts';
import { admitBuild } from './openRule.ts';

export { MAX_OPEN_BYTES } from './openRule.ts';

export type OpenResult = Admitted;

/** Reads a file as strict UTF-8 text, refusing other kinds of file, binary and oversized files with a reason. */
export async function readConfigFile(file: Blob & { name?: string }): Promise<OpenResult> {
  const name = file.name ?? 'the file';
  const nameProblem = fileNameProblem(name);
  if (nameProblem) return { ok: false, reason: nameProblem };
  if (file.size > MAX_OPEN_BYTES) return { ok: false, reason: tooLargeReason(name, file.size) };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    // a dropped folder is a File of size 0 (or 4096) whose reading fails
    return { ok: false, reason: `${name} cannot be read: it is a folder or is no longer there. Open a LinuxKit .yml file. Nothing was changed.` };
  }
  return decodeConfigBytes(new Uint8Array(buffer), name);
}

/** LinuxKit configs are `.yml`/`.yaml` files; a name without an extension is given the benefit of the doubt. */
export function fileNameProblem(name: string): string | null {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === undefined || ext === 'yml' || ext === 'yaml') return null;
  return `${name} is not a YAML file: open a LinuxKit config ending in .yml or .yaml. Nothing was changed.`;
}

export function decodeConfigBytes(bytes: Uint8Array, name: string): OpenResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const at = new LineIndex(decoded.text).position(decoded.badOffset);
    const hex = bytes[decoded.badByte].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      reason: `${name} is not UTF-8 text (invalid byte 0x${hex} at line ${at.line}, column ${at.column}), so it cannot be a LinuxKit config: save it as UTF-8. Nothing was changed.`,
    };
  }
  return admitText(decoded.text, name);
}

/**
 * Opens a text that came in (file, drop, share link) into the store as one undoable edit,
 * under the open rule. A trailing layout block (written by "Keep layout" export) restores the
 * node positions and stays out of the editor; a notice says so. A large text is analysed in
 * the background, and a notice says the graph follows.
 */
export function openConfigText(store: StudioStore, text: string, options: { name: string; label: string; positions?: Positions }): boolean {
  const { load, showNotice } = store.getState();
  const admitted = admitText(text, options.name);
  if (!admitted.ok) {
    showNotice('error', admitted.reason);
    return false;
  }
  const split = splitLayoutComment(admitted.text);
  const positions = split.positions ?? options.positions;
  load(split.text, { label: options.label, ...(positions ? { positions } : {}) });
  const notes: string[] = [];
  if (split.positions) notes.push(`Opened ${options.name} with its saved layout. The layout comment block was taken out of the text; export with "Keep layout" to write it again.`);
  if (split.text.length >= LARGE_TEXT_CHARS) notes.push(largeOpenNote(options.name, split.text));
  const mixed = mixedBreaksNote(options.name, split.text);
  if (mixed) notes.push(mixed);
  // the note of a large open alone is true only while it is read: it goes when the analysis arrives
  const onlyLarge = notes.length === 1 && split.text.length >= LARGE_TEXT_CHARS;
  if (notes.length > 0) showNotice('info', notes.join(' '), { untilAnalysed: onlyLarge });
  return true;
}

/** What the user sees while a large config is analysed off the page's thread. */
export function largeOpenNote(name: string, text: string): string {
  return `${name} is large (${Math.ceil(text.length / 1024)} KiB): it is analysed in the background, and the graph and problems appear when that is done. You can scroll and read meanwhile.`;
}

/** Opens a file the user chose or dropped. */
export async function openConfigFile(store: StudioStore, file: Blob & { name?: string }): Promise<boolean> {
  const result = await readConfigFile(file);
  if (!result.ok) {
    store.getState().showNotice('error', result.reason);
    return false;
  }
  const name = file.name ?? 'the file';
  return openConfigText(store, result.text, { name, label: `Open ${name}` });
}

/**
 * Opens files the user chose or dropped together: one file as above; several as one build, in
 * the order given (`linuxkit build a.yml b.yml`). With `add`, they join the current build at its
 * end. Each file is read under the open rule, and the build as a whole too; any refusal leaves
 * everything as it was.
 */
export async function openConfigFiles(store: StudioStore, files: readonly (Blob & { name?: string })[], options: { add?: boolean } = {}): Promise<boolean> {
  if (files.length === 0) return false;
  if (files.length === 1 && !options.add) return openConfigFile(store, files[0]);
  const { showNotice } = store.getState();
  const read: StudioFile[] = [];
  for (const [i, file] of files.entries()) {
    const result = await readConfigFile(file);
    if (!result.ok) {
      showNotice('error', result.reason);
      return false;
    }
    read.push({ name: file.name ?? `file-${i + 1}.yml`, text: result.text });
  }
  const current = options.add ? store.getState().files : [];
  const admitted = admitBuild([...current, ...read]);
  if (!admitted.ok) {
    showNotice('error', admitted.reason);
    return false;
  }
  const positions: Positions = {};
  const texts = read.map((f) => {
    const split = splitLayoutComment(f.text);
    Object.assign(positions, split.positions ?? {});
    return { name: f.name, text: split.text };
  });
  const names = texts.map((f) => f.name).join(', ');
  if (options.add) store.getState().addFiles(texts);
  else store.getState().load(texts, { label: `Open ${names}`, ...(Object.keys(positions).length > 0 ? { positions } : {}) });
  const notes = [`${options.add ? `Added ${names} to the build` : `Opened ${names} as one build`}: LinuxKit merges the files in the order of the tabs, and looks volumes up in the last one only.`];
  const mixed = texts.map((f) => mixedBreaksNote(f.name, f.text)).filter((n) => n !== null);
  showNotice('info', [...notes, ...mixed].join(' '));
  return true;
}

/** Opens a shared build of several files (one undoable load, under the open rule). */
export function openSharedBuild(store: StudioStore, files: StudioFile[], options: { label: string; positions?: Positions }): boolean {
  const admitted = admitBuild(files);
  if (!admitted.ok) {
    store.getState().showNotice('error', admitted.reason);
    return false;
  }
  store.getState().load(files, { label: options.label, ...(options.positions ? { positions: options.positions } : {}) });
  return true;
}
