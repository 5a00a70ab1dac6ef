/**
 * Offset of the first character that cannot be in a YAML text (C0 controls other than tab, LF,
 * CR; U+FFFE, U+FFFF), or -1. The parser calls such a text binary; the app refuses to open it.
 */
export function findBinary(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}
