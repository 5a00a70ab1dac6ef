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
  return `${name} is ${atLeast ? 'over ' : ''}${(bytes / 1024 / 1024).toFixed(1)} MiB; the limit is 2 MiB. Nothing was changed.`;
}

/** The UTF-8 size of a text, without encoding it when the answer is plain from its length. */
export function utf8Bytes(text: string): number {
  if (text.length * 3 <= MAX_OPEN_BYTES) return text.length; // small: the exact figure is never shown
  return new TextEncoder().encode(text).length;
}

/** Admits a decoded text under the rule, or says why not (with the position of a binary character). */
export function admitText(text: string, name: string): Admitted {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_OPEN_BYTES) return { ok: false, reason: tooLargeReason(name, bytes) };
  const bad = findBinary(text);
  if (bad >= 0) {
    const at = new LineIndex(text).position(bad);
    const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
    const what = code === '0000' ? 'a NUL byte' : `the control character U+${code}`;
    return { ok: false, reason: `${name} contains binary data (${what} at line ${at.line}, column ${at.column}). Nothing was changed.` };
  }
  return { ok: true, text };
}
