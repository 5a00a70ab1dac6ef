import { decodeText } from '../core/text/decodeText.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { splitLayoutComment } from './layoutComment.ts';
import type { StudioStore } from './store.ts';

/** Files bigger than this are refused: LinuxKit configs are a few KiB. */
export const MAX_OPEN_BYTES = 2 * 1024 * 1024;

export type OpenResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as strict UTF-8 text, refusing other kinds of file, binary and oversized files with a reason. */
export async function readConfigFile(file: Blob & { name?: string }): Promise<OpenResult> {
  const name = file.name ?? 'the file';
  const nameProblem = fileNameProblem(name);
  if (nameProblem) return { ok: false, reason: nameProblem };
  if (file.size > MAX_OPEN_BYTES) {
    return { ok: false, reason: `${name} is ${(file.size / 1024 / 1024).toFixed(1)} MiB; the limit is 2 MiB. Nothing was changed.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeConfigBytes(bytes, name);
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
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    const at = new LineIndex(decoded.text).position(nul);
    return { ok: false, reason: `${name} contains binary data (a NUL byte at line ${at.line}, column ${at.column}). Nothing was changed.` };
  }
  return { ok: true, text: decoded.text };
}

/**
 * Opens a file into the store as one undoable edit. A trailing layout block (written by
 * "Keep layout" export) restores the node positions and stays out of the editor; a notice
 * says so, and exporting with "Keep layout" writes it again.
 */
export async function openConfigFile(store: StudioStore, file: Blob & { name?: string }): Promise<boolean> {
  const result = await readConfigFile(file);
  const { load, showNotice } = store.getState();
  if (!result.ok) {
    showNotice('error', result.reason);
    return false;
  }
  const name = file.name ?? 'the file';
  const { text, positions } = splitLayoutComment(result.text);
  load(text, { label: `Open ${name}`, ...(positions ? { positions } : {}) });
  if (positions) {
    showNotice('info', `Opened ${name} with its saved layout. The layout comment block was taken out of the text; export with "Keep layout" to write it again.`);
  }
  return true;
}
