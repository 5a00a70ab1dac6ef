import type { Positions } from './positions.ts';

/** Share links put the config in the URL fragment: `#lks1.<base64url(deflate(json))>`. */
const PREFIX = 'lks1.';

export interface SharedConfig {
  text: string;
  positions: Positions;
}

export async function encodeShareFragment(config: SharedConfig): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ t: config.text, p: roundPositions(config.positions) }));
  const compressed = await pump(json, new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(compressed);
}

export async function decodeShareFragment(fragment: string): Promise<SharedConfig | null> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return null;
  try {
    const bytes = await pump(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    const data = JSON.parse(new TextDecoder().decode(bytes)) as { t?: unknown; p?: unknown };
    if (typeof data.t !== 'string') return null;
    return { text: data.t, positions: (data.p && typeof data.p === 'object' ? data.p : {}) as Positions };
  } catch {
    return null;
  }
}

function roundPositions(p: Positions): Positions {
  return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { x: Math.round(v.x), y: Math.round(v.y) }]));
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
