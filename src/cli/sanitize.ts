import { firstInvalidUtf8Byte } from '../core/text/decodeText.ts';

/**
 * What the CLI prints for humans (and in CI annotations) must not drive the terminal or fake
 * output lines: a file name or YAML key may hold ESC sequences, BEL, DEL, C1 controls (CSI
 * 0x9b) or newlines. Each becomes a visible placeholder on the same line. JSON output is
 * exact and does not use this (JSON escapes control characters itself).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g;

/** C0 controls (tab and newline too) as their control pictures (␛, ␊), DEL as ␡, C1 and line separators as `\u{…}`. */
export function sanitize(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u{${code.toString(16)}}`;
  });
}

/**
 * A path as the user typed it, from its raw bytes: valid UTF-8 as text, each invalid byte as
 * `\xNN`, so a non-UTF-8 name is shown (and told apart from others) instead of U+FFFD.
 */
export function displayPath(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let out = '';
  let rest = bytes;
  while (rest.length > 0) {
    const bad = firstInvalidUtf8Byte(rest);
    out += decoder.decode(rest.subarray(0, bad));
    if (bad === rest.length) break;
    out += `\\x${rest[bad].toString(16).toUpperCase().padStart(2, '0')}`;
    rest = rest.subarray(bad + 1);
  }
  return out;
}
