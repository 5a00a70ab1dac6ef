import { describe, expect, it } from 'vitest';
import { appendLayoutComment } from './layoutComment.ts';
import { MAX_OPEN_BYTES, openConfigFile, readConfigFile } from './openFile.ts';
import { createTestStudio } from './testing/testStudio.ts';

const CONFIG = `services:
  - name: web
    image: nginx:1.27
`;
const OTHER = `onboot:
  - name: format
    image: linuxkit/format:v1
`;

function file(content: BlobPart, name: string): Blob & { name: string } {
  return Object.assign(new Blob([content]), { name });
}

describe('opening a file', () => {
  it('reads UTF-8 YAML exactly, BOM-free text untouched', async () => {
    expect(await readConfigFile(file('a: "ü"\r\n', 'x.yaml'))).toEqual({ ok: true, text: 'a: "ü"\r\n' });
    expect(await readConfigFile(file(CONFIG, 'noext'))).toEqual({ ok: true, text: CONFIG });
  });

  it('refuses binary, non-UTF-8, oversized and non-YAML files with a reason', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    expect(await readConfigFile(file(png, 'c.yml'))).toMatchObject({ ok: false, reason: expect.stringContaining('not UTF-8') });
    expect(await readConfigFile(file('a: 1\u0000', 'c.yml'))).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
    expect(await readConfigFile(file('#'.repeat(MAX_OPEN_BYTES + 1), 'big.yml'))).toMatchObject({ ok: false, reason: expect.stringContaining('limit is 2 MiB') });
    expect(await readConfigFile(file(CONFIG, 'photo.png'))).toMatchObject({ ok: false, reason: expect.stringContaining('not a YAML file') });
  });

  it('says where a file stops being UTF-8, or holds a NUL, by line and column', async () => {
    const bad = new Uint8Array([...new TextEncoder().encode('kernel:\n  image: kérnel\n  cmdline: "x'), 0xff, ...new TextEncoder().encode(' y"\n')]);
    expect(await readConfigFile(file(bad, 'c.yml'))).toEqual({
      ok: false,
      reason: 'c.yml is not UTF-8 text (invalid byte 0xFF at line 3, column 14), so it cannot be a LinuxKit config: save it as UTF-8. Nothing was changed.',
    });
    expect(await readConfigFile(file('a: 1\nb: x\u0000y\n', 'n.yml'))).toEqual({
      ok: false,
      reason: 'n.yml contains binary data (a NUL byte at line 2, column 5). Nothing was changed.',
    });
  });

  it('a refused file changes nothing and says why', async () => {
    const store = createTestStudio({ text: CONFIG }).store;
    expect(await openConfigFile(store, file(new Uint8Array([0xc3, 0x28]), 'bad.yml'))).toBe(false);
    expect(store.getState().files[0].text).toBe(CONFIG);
    expect(store.getState().notice).toMatchObject({ kind: 'error', message: expect.stringContaining('bad.yml is not UTF-8') });
  });

  it('replaces the text as one load change (one undo step in the editor)', async () => {
    const store = createTestStudio({ text: CONFIG }).store;
    await openConfigFile(store, file(OTHER, 'other.yml'));
    const { files, change } = store.getState();
    expect(files).toEqual([{ name: 'linuxkit.yml', text: OTHER }]);
    expect(change).toMatchObject({ origin: 'load', label: 'Open other.yml', files: ['linuxkit.yml'], edits: { 'linuxkit.yml': [{ from: 0, to: CONFIG.length, insert: OTHER }] } });
  });

  it('restores a saved layout block and keeps it out of the text, saying so', async () => {
    const store = createTestStudio({ text: CONFIG }).store;
    const positions = { 'container:onboot:format': { x: 512, y: 77 } };
    await openConfigFile(store, file(appendLayoutComment(OTHER, positions), 'laid-out.yml'));
    expect(store.getState().files[0].text).toBe(OTHER);
    expect(store.getState().positions['container:onboot:format']).toEqual({ x: 512, y: 77 });
    expect(store.getState().notice?.message).toContain('saved layout');
  });
});

describe('one rule for what comes in', () => {
  it('refuses a file with an ESC byte, as the parser would call it binary', async () => {
    expect(await readConfigFile(file('a: 1\nb: "\u001b[2J"\n', 'esc.yml'))).toEqual({
      ok: false,
      reason: 'esc.yml contains binary data (the control character U+001B at line 2, column 5). Nothing was changed.',
    });
  });

  it('a dropped folder (a File that cannot be read) is refused with a notice, not silently', async () => {
    const folder = Object.assign(new Blob([]), { name: 'configs', arrayBuffer: () => Promise.reject(new DOMException('A requested file could not be found', 'NotFoundError')) });
    const store = createTestStudio({ text: CONFIG }).store;
    expect(await openConfigFile(store, folder)).toBe(false);
    expect(store.getState().files[0].text).toBe(CONFIG);
    expect(store.getState().notice).toMatchObject({ kind: 'error', message: expect.stringContaining('configs cannot be read: it is a folder') });
  });

  it('a layout block with out-of-range coordinates keeps the text and drops only those entries', async () => {
    const store = createTestStudio({ text: CONFIG }).store;
    const block = `${OTHER}# linuxkit-studio-layout v1\n# "container:onboot:format" 1e308 5\n# "volume:x" 1 2\n`;
    await openConfigFile(store, file(block, 'far.yml'));
    expect(store.getState().files[0].text).toBe(OTHER);
    expect(store.getState().positions['container:onboot:format'].x).toBeLessThan(1e7);
  });
});
