import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, isShareFragment, MAX_FRAGMENT_CHARS } from './shareLink.ts';

const CONFIG = `services:
  - name: web
    image: nginx:1.27 # ünïcödé and "quotes"
    binds:
      - app-config:/etc/app:ro
volumes:
  - name: app-config
    image: alpine:3.20
    readonly: true
`;
const POSITIONS = { 'container:services:web': { x: 310.25, y: -42 }, 'volume:app-config': { x: 0, y: 0 } };

async function fragmentOf(text: string, positions = {}): Promise<string> {
  const r = await encodeShareFragment({ text, positions });
  if (!r.ok) throw new Error(r.reason);
  return r.fragment;
}

describe('share links', () => {
  it('round-trip text and positions exactly, in a URL-safe versioned fragment', async () => {
    const fragment = await fragmentOf(CONFIG, POSITIONS);
    expect(fragment).toMatch(/^lks1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, config: { text: CONFIG, positions: POSITIONS } });
  });

  it('decodes a version-1 link made earlier (old links keep working)', async () => {
    const old = 'lks1.q1YqUbJSKk4tKstMTi22UoiOjclT0lEqULKqrq0FAA';
    expect(await decodeShareFragment(old)).toEqual({ ok: true, config: { text: 'services: []\n', positions: {} } });
  });

  it('refuses a config too large for a link, saying so', async () => {
    let text = 'services:\n';
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += `  - name: s${seed.toString(36)}\n    image: r/${(seed * 31).toString(36)}:${seed.toString(16)}\n`;
    }
    const r = await encodeShareFragment({ text, positions: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/too large for a link: it needs \d+\.\d KiB and a link holds at most 32 KiB/);
    expect(MAX_FRAGMENT_CHARS).toBe(32768);
  });

  it('says what is wrong with a damaged or newer link', async () => {
    const good = await fragmentOf(CONFIG);
    const cut = await decodeShareFragment(good.slice(0, good.length / 2));
    expect(cut).toMatchObject({ ok: false, reason: expect.stringContaining('damaged') });
    expect(await decodeShareFragment('lks9.abc')).toMatchObject({ ok: false, reason: expect.stringContaining('newer version') });
    expect(isShareFragment('#section-2')).toBe(false);
  });

  it('drops positions that are not numbers', async () => {
    const r = await decodeShareFragment(await fragmentOf(CONFIG, { a: { x: 1, y: 2 }, b: { x: 'left', y: 2 } }));
    expect(r).toEqual({ ok: true, config: { text: CONFIG, positions: { a: { x: 1, y: 2 } } } });
  });
});
