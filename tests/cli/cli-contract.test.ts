import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.ts';
import { runCli, runJson } from './runCli.ts';

// A corpus file LinuxKit builds (EXPECTED.tsv says valid): exit 0 however many rules exist.
const VALID = join(CORPUS_DIR, 'examples_getty.yml');

const DUPLICATE_KEY = `kernel:
  image: linuxkit/kernel:6.6.71
  cmdline: "console=tty0"
kernel:
  image: linuxkit/kernel:6.6.71
`;

const BROKEN = `services:
  - name: getty
    image: [unclosed
`;

let dir: string;
let duplicate: string;
let broken: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks-cli-'));
  duplicate = join(dir, 'duplicate.yml');
  broken = join(dir, 'broken.yml');
  writeFileSync(duplicate, DUPLICATE_KEY);
  writeFileSync(broken, BROKEN);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('is 0 for a config LinuxKit builds', () => {
    const run = runCli(['validate', VALID]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 errors, \d+ warnings? in 1 file\n$/);
  });

  it('is 1 when a file has an error', () => {
    expect(runCli(['validate', duplicate]).status).toBe(1);
  });

  it('is 1 when one of several files has an error, and reports every file', () => {
    const { status, entries } = runJson([VALID, duplicate, broken]);
    expect(status).toBe(1);
    expect(entries.map((e) => [e.file, e.valid])).toEqual([
      [VALID, true],
      [duplicate, false],
      [broken, false],
    ]);
  });

  it('is 2 for a missing file, and the other files are still reported', () => {
    const missing = join(dir, 'nope.yml');
    const run = runCli(['validate', duplicate, missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${missing}: error: cannot read: no such file`);
    expect(run.stdout).toContain(`${duplicate}:4:1: error[duplicate-key]`);
  });

  it('is 2 for a directory', () => {
    const run = runCli(['validate', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a directory');
  });

  it.each([
    [['validate'], 'no files'],
    [['validate', '--jsn', VALID], "unknown option '--jsn'"],
    [['check', VALID], "unknown command 'check'"],
    [[], 'no command'],
  ])('is 2 for a usage problem: %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: linuxkit-studio validate [--json] FILE...');
    expect(run.stdout).toBe('');
  });
});

describe('--json', () => {
  it('prints one array with the contract fields, 1-based', () => {
    const { entries } = runJson([duplicate]);
    expect(entries).toEqual([
      {
        file: duplicate,
        valid: false,
        diagnostics: [
          {
            severity: 'error',
            code: 'duplicate-key',
            message: expect.stringContaining('remove or rename the repeated key') as unknown as string,
            line: 4,
            column: 1,
            endLine: 4,
            endColumn: expect.any(Number) as unknown as number,
          },
        ],
      },
    ]);
    expect(entries[0].diagnostics[0].endColumn).toBeGreaterThan(1);
  });

  it('locates a syntax error at its line', () => {
    const { entries } = runJson([broken]);
    const codes = entries[0].diagnostics.map((d) => d.code);
    expect(new Set(codes)).toEqual(new Set(['yaml-syntax']));
    expect(entries[0].diagnostics[0].line).toBeGreaterThanOrEqual(3);
  });

  it('stays valid JSON with an I/O problem: an entry with an error object, exit 2', () => {
    const missing = join(dir, 'nope.yml');
    const { status, entries } = runJson([missing, dir, VALID]);
    expect(status).toBe(2);
    expect(entries).toEqual([
      { file: missing, valid: false, diagnostics: [], error: { code: 'ENOENT', message: 'cannot read: no such file' } },
      { file: dir, valid: false, diagnostics: [], error: { code: 'EISDIR', message: 'cannot read: is a directory, not a file' } },
      { file: VALID, valid: true, diagnostics: expect.any(Array) as unknown as [] },
    ]);
  });
});

describe('standard input', () => {
  it('reads - and names it -', () => {
    const { status, entries } = runJson(['-'], { input: DUPLICATE_KEY });
    expect(status).toBe(1);
    expect(entries[0].file).toBe('-');
    expect(entries[0].diagnostics[0]).toMatchObject({ code: 'duplicate-key', line: 4, column: 1 });
  });

  it('reads - among files, in order', () => {
    const { entries } = runJson([VALID, '-'], { input: BROKEN });
    expect(entries.map((e) => [e.file, e.valid])).toEqual([
      [VALID, true],
      ['-', false],
    ]);
  });

  it('treats - after -- as standard input and other dashes as files', () => {
    const run = runCli(['validate', '--', '-', '--json'], { input: DUPLICATE_KEY });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('-:4:1: error[duplicate-key]');
    expect(run.stderr).toContain('--json: error: cannot read: no such file');
  });
});

describe('human output', () => {
  it('prints file:line:col, the source line with a caret under the range, and a summary', () => {
    const run = runCli(['validate', duplicate, VALID]);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${duplicate}:4:1: error[duplicate-key]: `));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe('4 | kernel:');
    expect(lines[at + 2]).toMatch(/^ {2}\| \^+$/);
    expect(lines.at(-2)).toMatch(/^1 error, \d+ warnings? in 2 files$/);
  });

  it('is plain text when stdout is not a terminal', () => {
    const run = runCli(['validate', duplicate]);
    expect(run.stdout).not.toContain('\x1b[');
  });
});

describe('--help and --version', () => {
  it.each([['--help'], ['-h'], ['validate', '--help']])('%j prints the help with the JSON and exit-code contract', (...args) => {
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: linuxkit-studio validate [--json] FILE...');
    expect(run.stdout).toContain('"error"');
    expect(run.stdout).toMatch(/2 {2}usage problem/);
  });

  it('--version prints the package version', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^linuxkit-studio \d+\.\d+\.\d+\n$/);
  });
});
