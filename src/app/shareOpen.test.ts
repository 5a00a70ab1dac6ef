import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from './shareLink.ts';
import { planStartup } from './shareOpen.ts';

const SHARED = 'services:\n  - name: shared\n    image: nginx:1.27\n';
const MINE = 'services:\n  - name: mine\n    image: nginx:1.27\n';
const DEFAULT = 'services: []\n';
const positions = { 'container:services:shared': { x: 10, y: 20 } };

async function link(): Promise<string> {
  const r = await encodeShareFragment({ text: SHARED, positions });
  if (!r.ok) throw new Error(r.reason);
  return `#${r.fragment}`;
}

describe('opening the app', () => {
  it('without a link: the autosaved work, else the default example', async () => {
    const saved = { text: MINE, positions: {}, rev: 'r1' };
    expect(await planStartup('', saved, DEFAULT)).toEqual({ session: { text: MINE, positions: {} }, baseRev: 'r1', offer: null, opensShared: false, error: null });
    expect(await planStartup('', null, DEFAULT)).toMatchObject({ session: { text: DEFAULT }, baseRev: null });
  });

  it('with a link and no autosaved work: the shared config and layout', async () => {
    expect(await planStartup(await link(), null, DEFAULT)).toMatchObject({ session: { text: SHARED, positions }, offer: null, opensShared: true });
  });

  it('with a link and other autosaved work: keeps the work and offers the shared config', async () => {
    const saved = { text: MINE, positions: {}, rev: 'r1' };
    const plan = await planStartup(await link(), saved, DEFAULT);
    expect(plan.session.text).toBe(MINE);
    expect(plan.offer).toEqual({ text: SHARED, positions });
  });

  it('with a damaged link: the own work and a reason', async () => {
    const plan = await planStartup('#lks1.AAAA', null, DEFAULT);
    expect(plan.session.text).toBe(DEFAULT);
    expect(plan.error).toContain('damaged');
  });
});
