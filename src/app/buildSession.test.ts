// A build of several files survives a reload (autosave) and travels in a share link, whole.
import { describe, expect, it } from 'vitest';
import { parseSession, sameSession, sessionFiles, sessionOf } from './persistence.ts';
import { decodeShareFragment, encodeShareFragment } from './shareLink.ts';
import { admitBuild } from './openRule.ts';

const FILES = [
  { name: 'base.yml', text: 'services:\n  - name: web\n    image: nginx:1.27\n' },
  { name: 'extra.yml', text: 'volumes:\n  - name: data\n' },
];
const POSITIONS = { 'container:services:web': { x: 1, y: 2 } };

describe('sessions of a build', () => {
  it('one linuxkit.yml is saved as before (its text alone); several files keep their names and order', () => {
    expect(sessionOf([{ name: 'linuxkit.yml', text: 'a: 1\n' }], {})).toEqual({ text: 'a: 1\n', positions: {} });
    const saved = sessionOf(FILES, POSITIONS);
    expect(sessionFiles(saved)).toEqual(FILES);
    const read = parseSession(JSON.stringify({ ...saved, rev: 'r1' }));
    expect(read && sessionFiles(read)).toEqual(FILES);
    expect(read && sameSession(read, saved)).toBe(true);
    expect(sameSession(saved, sessionOf([FILES[1], FILES[0]], POSITIONS))).toBe(false);
  });

  it('a saved build whose files are not {name, text} strings reads as its text alone', () => {
    const read = parseSession(JSON.stringify({ text: 'a: 1\n', files: [{ name: 1, text: 'x' }], positions: {} }));
    expect(read && sessionFiles(read)).toEqual([{ name: 'linuxkit.yml', text: 'a: 1\n' }]);
  });

  it('a share link carries every file in order under a new version (lks2); one file keeps lks1', async () => {
    const several = await encodeShareFragment(sessionOf(FILES, POSITIONS));
    expect(several.ok && several.fragment).toMatch(/^lks2\./);
    const decoded = await decodeShareFragment(`#${several.ok ? several.fragment : ''}`);
    expect(decoded).toEqual({ ok: true, config: { text: FILES[0].text, files: FILES, positions: POSITIONS } });
    const one = await encodeShareFragment(sessionOf([{ name: 'linuxkit.yml', text: 'a: 1\n' }], {}));
    expect(one.ok && one.fragment).toMatch(/^lks1\./);
  });

  it('a shared build goes through the open rule, file by file and as a whole', async () => {
    const bad = await encodeShareFragment(sessionOf([FILES[0], { name: 'evil.yml', text: 'a: "\u0000"\n' }], {}));
    const decoded = await decodeShareFragment(`#${bad.ok ? bad.fragment : ''}`);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain('evil.yml contains binary data');
    const big = 'a'.repeat(1.2 * 1024 * 1024);
    const refused = admitBuild([
      { name: 'a.yml', text: `# ${big}\n` },
      { name: 'b.yml', text: `# ${big}\n` },
    ]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/These files hold 2\.\d MiB together; the limit for a build is 2 MiB/);
  });
});
