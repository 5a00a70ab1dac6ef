import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.ts';
import * as hostile from './hostileInputs.ts';
import { runCli, runJson, type JsonEntry } from './runCli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Line and column inside the file (a column may point just past the line's end). */
function expectSaneRange(entry: JsonEntry, text: string): void {
  const lines = text.split('\n');
  for (const d of entry.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual(lines[d.line - 1].length + 1);
    expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
  }
}

/** Runs the file in JSON mode; expects exactly one error, with `code`, and returns it. */
function onlyError(path: string, text: string, code: string): JsonEntry['diagnostics'][number] {
  const { status, entries } = runJson([path]);
  expect(status).toBe(1);
  expect(entries).toHaveLength(1);
  expect(entries[0].valid).toBe(false);
  expect(entries[0].diagnostics.map((d) => d.code)).toEqual([code]);
  expectSaneRange(entries[0], text);
  return entries[0].diagnostics[0];
}

describe('resource limits', () => {
  it('an alias bomb (billion laughs) is a resource-limit at an alias', () => {
    const text = hostile.aliasBomb();
    const d = onlyError(write('bomb.yml', text), text, 'resource-limit');
    expect(text.split('\n')[d.line - 1].slice(d.column - 1)).toMatch(/^\*l\d/);
    expect(d.message).toMatch(/alias/i);
  });

  it('an alias bomb inside a container is a resource-limit too', () => {
    const text = hostile.aliasBombInContainer();
    const d = onlyError(write('bomb-container.yml', text), text, 'resource-limit');
    expect(text.split('\n')[d.line - 1]).toMatch(/^ {4}(x-\d|capabilities):/);
  });

  it.each([
    ['flow sequences', hostile.deepFlow],
    ['flow mappings', hostile.deepFlowMaps],
    ['compact block sequences', hostile.deepBlockCompact],
  ])('5,000 levels of %s are a resource-limit on the nesting line', (name, make) => {
    const text = make();
    const d = onlyError(write(`deep-${name.replace(/ /g, '-')}.yml`, text), text, 'resource-limit');
    expect(d.line).toBe(text.startsWith('services:') ? 2 : 1);
    expect(d.message).toMatch(/nested more than \d+ levels/);
  });

  it('5,000 levels of indented block mappings (12 MB) are a resource-limit', () => {
    const text = hostile.deepBlockIndented();
    const d = onlyError(write('deep-block-indented.yml', text), text, 'resource-limit');
    expect([d.line, d.column]).toEqual([1, 1]);
  });

  it('a 5 MB file is a resource-limit at 1:1 that says to check the size', () => {
    const text = hostile.fiveMegabytes();
    const d = onlyError(write('five-mb.yml', text), text, 'resource-limit');
    expect([d.line, d.column]).toEqual([1, 1]);
    expect(d.message).toMatch(/MiB/);
  });

  it('a 5 MB file on standard input is handled the same way', () => {
    const { status, entries } = runJson(['-'], { input: hostile.fiveMegabytes() });
    expect(status).toBe(1);
    expect(entries[0].diagnostics.map((d) => d.code)).toEqual(['resource-limit']);
  });
});

describe('bytes that are not YAML text', () => {
  it('random bytes with NULs are a yaml-syntax error saying the file is not UTF-8', () => {
    const bytes = hostile.randomBytes(64 * 1024);
    const path = write('random.bin', bytes);
    const { status, entries } = runJson([path]);
    expect(status).toBe(1);
    expect(entries[0].diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(entries[0].diagnostics[0].message).toContain('not UTF-8');
    expect(entries[0].diagnostics[0].line).toBeGreaterThanOrEqual(1);
  });

  it('a NUL in valid UTF-8 is a yaml-syntax error at the NUL', () => {
    const text = hostile.asciiWithNul();
    const d = onlyError(write('nul.yml', text), text, 'yaml-syntax');
    expect([d.line, d.column]).toEqual([3, text.split('\n')[2].indexOf('\0') + 1]);
  });

  it('invalid UTF-8 is a yaml-syntax error at the bad byte, counted in characters', () => {
    const path = write('latin1.yml', hostile.invalidUtf8());
    const { status, entries } = runJson([path]);
    expect(status).toBe(1);
    expect(entries[0].diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml-syntax', line: 3, column: 14, endLine: 3, endColumn: 15, message: expect.stringContaining('0xFF') }),
    ]);
    expect(entries[0].diagnostics[0].message).toContain('not UTF-8');
  });

  it('shows the line of the bad byte with a replacement character and a caret under it', () => {
    const path = write('latin1.yml', hostile.invalidUtf8());
    const lines = runCli(['validate', path]).stdout.split('\n');
    expect(lines[1]).toBe('3 |   cmdline: "x\ufffd y"');
    expect(lines[2]).toBe('  |              ^');
  });

  it('a UTF-8 byte order mark is accepted', () => {
    const valid = readFileSync(join(CORPUS_DIR, 'examples_getty.yml'));
    const path = write('bom.yml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), valid]));
    expect(runCli(['validate', path]).status).toBe(0);
  });
});

describe('odd shapes', () => {
  it('a 100,000-character line is reported at its column and clipped on screen', () => {
    const text = hostile.longLine();
    const path = write('long-line.yml', text);
    const d = onlyError(path, text, 'duplicate-key');
    expect(d.line).toBe(1);
    expect(d.column).toBe(text.lastIndexOf('image') + 1);

    const run = runCli(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeLessThan(2000);
    const lines = run.stdout.split('\n');
    const source = lines[1];
    const caret = lines[2];
    expect(source).toMatch(/^1 \| …x+", image: again}$/);
    // The caret sits under the repeated key.
    expect(source.slice(caret.indexOf('^'), caret.indexOf('^') + 5)).toBe('image');
  });

  it('a mapping with 100,000 keys is checked for duplicates, the repeated key found at its place', () => {
    const text = hostile.wideMapping();
    const d = onlyError(write('wide.yml', text), text, 'duplicate-key');
    expect([d.line, d.column]).toEqual([hostile.WIDE + 7, 7]);
    expect(d.message).toContain('net.example.key0');
  });

  it.each([
    ['an empty file', ''],
    ['a comment-only file', '# nothing here yet\n# still nothing\n'],
    ['a whitespace-only file', '   \n\n\t\n'],
  ])('%s is empty-config at 1:1', (name, text) => {
    const d = onlyError(write(`${name.replace(/ /g, '-')}.yml`, text), text, 'empty-config');
    expect([d.line, d.column]).toEqual([1, 1]);
  });
});
