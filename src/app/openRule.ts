import { findBinary } from '../core/text/findBinary.ts';
import { LineIndex } from '../core/text/lineIndex.ts';

/**
 * One rule for every way a config comes in (file, drop, paste, share link, layout comment,
 * autosave): at most MAX_OPEN_BYTES of UTF-8 text without binary characters, checked before
 * any work that can explode, refused with the same message whatever the way.
 */

/** Bigger texts are refused: LinuxKit configs are a few KiB. */
export const MAX_OPEN_BYTES = 2 * 1024 * 1024;

export type Admitted = { ok: true; text: string } | { ok: false; reason: string };

/** Why a text of `bytes` bytes (or of more than `bytes`, when `atLeast`) cannot be opened. */
export function tooLargeReason(name: string, bytes: number, atLeast = false): string {
  return `${sizeReason(name, bytes, atLeast)}. Nothing was changed.`;
}

function sizeReason(name: string, bytes: number, atLeast = false): string {
  return `${name} is ${atLeast ? 'over ' : ''}${(bytes / 1024 / 1024).toFixed(1)} MiB; the limit is 2 MiB`;
}

/** The UTF-8 size of a text, without encoding it when the answer is plain from its length. */
export function utf8Bytes(text: string): number {
  if (text.length * 3 <= MAX_OPEN_BYTES) return text.length; // small: the exact figure is never shown
  return new TextEncoder().encode(text).length;
}

/** Why the rule refuses a text (its size, or a binary character with its position), starting with `name`; null when it admits it. */
export function refusalOf(text: string, name: string): string | null {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_OPEN_BYTES) return sizeReason(name, bytes);
  const bad = findBinary(text);
  if (bad < 0) return null;
  const at = new LineIndex(text).position(bad);
  const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
  const what = code === '0000' ? 'a NUL byte' : `the control character U+${code}`;
  return `${name} contains binary data (${what} at line ${at.line}, column ${at.column})`;
}

/** Admits a decoded text under the rule, or says why not (with the position of a binary character). */
export function admitText(text: string, name: string): Admitted {
  const reason = refusalOf(text, name);
  return reason === null ? { ok: true, text } : { ok: false, reason: `${reason}. Nothing was changed.` };
}

/**
 * A paste into the editor, before the editor does any work with it: the pasted text under the
 * rule, and the config it would make (`config` minus the `replaced` selections, plus the pasted
 * text at each of them) within the size limit.
 */
export function admitPaste(pasted: string, config: string, replaced: readonly string[]): Admitted {
  const admitted = admitText(pasted, 'The pasted text');
  if (!admitted.ok) return admitted;
  const copies = Math.max(1, replaced.length);
  // plainly small: no need to count bytes
  if ((config.length + pasted.length * copies) * 3 <= MAX_OPEN_BYTES) return admitted;
  const encoder = new TextEncoder();
  const bytes = (t: string) => encoder.encode(t).length;
  const total = bytes(config) - replaced.reduce((n, t) => n + bytes(t), 0) + bytes(pasted) * copies;
  if (total > MAX_OPEN_BYTES) return { ok: false, reason: tooLargeReason('The config with the pasted text', total) };
  return admitted;
}

/**
 * A build of several files under the rule: each file as a text of its own, and all of them
 * together within the one limit (the page analyses them together). The files are kept as given.
 */
export function admitBuild<F extends { name: string; text: string }>(files: readonly F[]): { ok: true; files: readonly F[] } | { ok: false; reason: string } {
  let total = 0;
  for (const f of files) {
    const admitted = admitText(f.text, f.name);
    if (!admitted.ok) return admitted;
    total += utf8Bytes(f.text);
  }
  if (total > MAX_OPEN_BYTES) {
    return { ok: false, reason: `These files hold ${(total / 1024 / 1024).toFixed(1)} MiB together; the limit for a build is 2 MiB. Nothing was changed.` };
  }
  return { ok: true, files };
}
