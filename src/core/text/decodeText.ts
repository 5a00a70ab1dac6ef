/** The result of decoding a file's bytes as strict UTF-8. */
export type DecodedText =
  | { ok: true; text: string }
  /** `text` is a lossy decoding (U+FFFD for bad bytes) so the problem can still be shown in context. */
  | { ok: false; text: string; badByte: number; badOffset: number };

/** Decodes UTF-8 strictly; a leading BOM is dropped. */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const badByte = firstInvalidUtf8Byte(bytes);
    const lossy = new TextDecoder('utf-8');
    // The UTF-16 offset of the bad byte is the length of the valid prefix once decoded (BOM dropped alike).
    const badOffset = lossy.decode(bytes.subarray(0, badByte)).length;
    return { ok: false, text: lossy.decode(bytes), badByte, badOffset };
  }
}

/** Index of the first byte of the first ill-formed UTF-8 sequence (Unicode table 3-7), or bytes.length. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(b);
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's allowed range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k < length; k++) {
      if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
