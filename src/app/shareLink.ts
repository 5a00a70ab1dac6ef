import type { Positions } from './positions.ts';
import { SHARE_VERSION_PREFIX } from './shareFragment.ts';

export { isShareFragment } from './shareFragment.ts';

/**
 * Share links put the config in the URL FRAGMENT (never the query: browsers do not send
 * the fragment to the server): `#lks<version>.<base64url(deflate-raw(json))>`.
 * Version 1 holds `{"t": text, "p": positions}`. A new format gets a new version number,
 * and the decoders of old versions stay, so old links keep working.
 */
const CURRENT = 'lks1.';

/** The fragment may be at most this long; longer links break in chat apps, mail and some browsers. */
export const MAX_FRAGMENT_CHARS = 32 * 1024;

export interface SharedConfig {
  text: string;
  positions: Positions;
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; reason: string };
export type DecodeResult = { ok: true; config: SharedConfig } | { ok: false; reason: string };

export async function encodeShareFragment(config: SharedConfig): Promise<EncodeResult> {
  const json = new TextEncoder().encode(JSON.stringify({ t: config.text, p: config.positions }));
  const fragment = CURRENT + toBase64Url(await pump(json, new CompressionStream('deflate-raw')));
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    const kib = (fragment.length / 1024).toFixed(1);
    return {
      ok: false,
      reason: `This config is too large for a link: it needs ${kib} KiB and a link holds at most 32 KiB. Export linuxkit.yml and share the file instead.`,
    };
  }
  return { ok: true, fragment };
}

export async function decodeShareFragment(hash: string): Promise<DecodeResult> {
  const body = hash.replace(/^#/, '');
  const version = SHARE_VERSION_PREFIX.exec(body)?.[1];
  if (version !== '1') {
    return { ok: false, reason: 'This share link was made by a newer version of LinuxKit Studio (or is not a share link); nothing was loaded.' };
  }
  const damaged = { ok: false, reason: 'This share link is damaged (cut short when it was copied?); nothing was loaded.' } as const;
  try {
    const bytes = await pump(fromBase64Url(body.slice(CURRENT.length)), new DecompressionStream('deflate-raw'));
    const data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { t?: unknown; p?: unknown };
    if (typeof data.t !== 'string') return damaged;
    return { ok: true, config: { text: data.t, positions: validPositions(data.p) } };
  } catch {
    return damaged;
  }
}

function validPositions(p: unknown): Positions {
  if (!p || typeof p !== 'object') return {};
  const out: Positions = {};
  for (const [id, v] of Object.entries(p as Record<string, unknown>)) {
    const { x, y } = (v ?? {}) as { x?: unknown; y?: unknown };
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) out[id] = { x, y };
  }
  return out;
}

async function pump(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
