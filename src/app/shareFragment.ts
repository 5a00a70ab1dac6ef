/**
 * Whether a location hash is a share link: `#lks<version>.<payload>` (see shareLink.ts, which
 * encodes and decodes the payload). Kept apart so that startup can check the hash without
 * loading the codec, which is needed only when a link is made or opened.
 */
export const SHARE_VERSION_PREFIX = /^lks(\d+)\./;

/** True when a location hash looks like a share link (of any version). */
export function isShareFragment(hash: string): boolean {
  return SHARE_VERSION_PREFIX.test(hash.replace(/^#/, ''));
}
