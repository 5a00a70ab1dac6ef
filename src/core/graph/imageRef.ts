import type { ImageRef } from './types.ts';

const SHORT_LENGTH = 12;
const LONG_HEX = /^[0-9a-f]{13,}$/i;

/**
 * The display form of an image reference: a long hex tag (a commit id) and a digest are cut
 * to 12 characters, e.g. `linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0` →
 * `linuxkit/getty:a86d74c8f89b`, `alpine@sha256:4bcff6…` → `alpine@sha256:4bcff63911fc`.
 */
export function shortImage(ref: string): string {
  const at = ref.indexOf('@');
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? shortDigest(ref.slice(at + 1)) : null;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  // a colon before the last slash belongs to a registry port, not a tag
  const hasTag = colon > slash;
  const repo = hasTag ? name.slice(0, colon) : name;
  const tag = hasTag ? name.slice(colon + 1) : null;
  const shortTag = tag !== null && LONG_HEX.test(tag) ? tag.slice(0, SHORT_LENGTH) : tag;
  return `${repo}${shortTag !== null ? `:${shortTag}` : ''}${digest !== null ? `@${digest}` : ''}`;
}

function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  const algorithm = colon >= 0 ? digest.slice(0, colon + 1) : '';
  const hex = colon >= 0 ? digest.slice(colon + 1) : digest;
  return LONG_HEX.test(hex) ? `${algorithm}${hex.slice(0, SHORT_LENGTH)}` : digest;
}

export function toImageRef(full: string): ImageRef {
  return { full, short: shortImage(full) };
}

export function imageRef(full: string | undefined): ImageRef | null {
  return full === undefined ? null : toImageRef(full);
}
