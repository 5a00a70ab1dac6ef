import { admitBuild, admitText, MAX_OPEN_BYTES, tooLargeReason } from './openRule.ts';
import { validFiles } from './persistence.ts';
import type { StudioFile } from './files.ts';
import { validPositions, type Positions } from './positions.ts';
import { SHARE_VERSION_PREFIX } from './shareFragment.ts';

export { isShareFragment } from './shareFragment.ts';

/**
 * Share links put the config in the URL FRAGMENT (never the query: browsers do not send
 * the fragment to the server): `#lks<version>.<base64url(deflate-raw(json))>`.
 * Version 1 holds `{"t": text, "p": positions}`; version 2, a build of several files,
 * `{"f": [{"name", "text"}, ...], "p": positions}`. A new format gets a new version number
 * (an older studio then says so instead of opening one file of the build), and the decoders of
 * old versions stay, so old links keep working.
 */
const ONE_FILE = 'lks1.';
const SEVERAL_FILES = 'lks2.';

/** The fragment may be at most this long; longer links break in chat apps, mail and some browsers. */
export const MAX_FRAGMENT_CHARS = 32 * 1024;

/**
 * Inflating stops past this many bytes: a 32 KiB link of repeated text inflates to gigabytes.
 * Room for a text at the open limit, its JSON escapes and the positions beside it.
 */
export const MAX_INFLATED_BYTES = 3 * MAX_OPEN_BYTES;

const SHARED = 'The shared config';

export interface SharedConfig {
  text: string;
  positions: Positions;
  /** A build of several files, in order (`text` is then the first's). */
  files?: StudioFile[];
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; reason: string };
export type DecodeResult = { ok: true; config: SharedConfig } | { ok: false; reason: string };

export async function encodeShareFragment(config: SharedConfig): Promise<EncodeResult> {
  const several = config.files && config.files.length > 0;
  const data = several ? { f: config.files, p: config.positions } : { t: config.text, p: config.positions };
  const json = new TextEncoder().encode(JSON.stringify(data));
  const fragment = (several ? SEVERAL_FILES : ONE_FILE) + toBase64Url(await pump(json, new CompressionStream('deflate-raw')));
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    const kib = (fragment.length / 1024).toFixed(1);
    return {
      ok: false,
      reason: `This config is too large for a link: it needs ${kib} KiB and a link holds at most 32 KiB. Export linuxkit.yml and share the file instead.`,
    };
  }
  return { ok: true, fragment };
}

/**
 * Decodes a share fragment within budgets, checked before each step that can explode: the
 * fragment's length, the inflated size (inflating stops at the limit), then the open rule on
 * the text and valid coordinates. Never throws: any string gives a config or a reason.
 */
export async function decodeShareFragment(hash: string): Promise<DecodeResult> {
  const body = hash.replace(/^#/, '');
  const version = SHARE_VERSION_PREFIX.exec(body)?.[1];
  if (version !== '1' && version !== '2') {
    return { ok: false, reason: 'This share link was made by a newer version of LinuxKit Studio (or is not a share link); nothing was loaded.' };
  }
  if (body.length > MAX_FRAGMENT_CHARS) {
    const kib = (body.length / 1024).toFixed(1);
    return { ok: false, reason: `This share link is ${kib} KiB long; links made by LinuxKit Studio hold at most 32 KiB, so it was not opened. Nothing was changed.` };
  }
  const damaged = { ok: false, reason: 'This share link is damaged (cut short when it was copied?); nothing was loaded.' } as const;
  let json: string;
  try {
    const bytes = await inflateAtMost(fromBase64Url(body.slice(ONE_FILE.length)), MAX_INFLATED_BYTES);
    if (!bytes) return { ok: false, reason: tooLargeReason(SHARED, MAX_OPEN_BYTES, true) };
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged;
  }
  let data: { t?: unknown; f?: unknown; p?: unknown } | null;
  try {
    data = JSON.parse(json) as { t?: unknown; f?: unknown; p?: unknown } | null;
  } catch {
    return damaged;
  }
  if (version === '2') {
    const files = data && typeof data === 'object' ? validFiles(data.f) : undefined;
    if (!files) return damaged;
    const build = admitBuild(files);
    if (!build.ok) return build;
    return { ok: true, config: { text: files[0].text, files, positions: validPositions(data?.p) } };
  }
  if (!data || typeof data.t !== 'string') return damaged;
  const admitted = admitText(data.t, SHARED);
  if (!admitted.ok) return admitted;
  return { ok: true, config: { text: admitted.text, positions: validPositions(data.p) } };
}

async function pump(bytes: Uint8Array, stream: CompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** Inflates deflate-raw bytes chunk by chunk; null as soon as the output passes `limit` (the rest is never inflated). */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  // atob throws on characters outside base64: the caller reports the link as damaged
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
