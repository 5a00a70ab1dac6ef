import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.ts';
import { runCli, runJson } from './runCli.ts';

// A top-level key with `%`, `:` and a newline in it: LinuxKit rejects it, and the message quotes it.
const ODD_KEY = 'kernel:\n  image: linuxkit/kernel:6.6.71\n"we%ird:key\\nline2\\u001b[31m": 1\n';
const NAME = 'my config%:1,2.yml';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks github '));
  file = join(dir, NAME);
  writeFileSync(file, ODD_KEY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const github = (args: string[], options: { cwd?: string; input?: string } = {}) => runCli(['validate', '--format', 'github', ...args], options);

describe('validate --format github', () => {
  it('prints one workflow command per problem, escaped as GitHub documents', () => {
    const run = github([NAME], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const [d] = runJson([file]).entries[0].diagnostics;
    expect(run.stdout).toBe(
      `::error file=my config%25%3A1%2C2.yml,line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=unknown-field::` +
        `${d.message.replace(/%/g, '%25').replace(/\n/g, '%0A').replace('\x1b', '␛')}\n`,
    );
    // no raw line break or terminal escape survives; `:` in the message stays (only properties escape it)
    expect(run.stdout.trimEnd()).not.toMatch(/[\n\r]/);
    expect(run.stdout).not.toContain('\x1b');
    expect(run.stdout).toContain('we%25ird:key%0Aline2␛[31m');
  });

  it('uses warning and notice for warnings and infos, and paths relative to the current directory', () => {
    const text = 'services:\n  - name: web\n    image: nginx\nvolumes:\n  - name: spare\n';
    writeFileSync(join(dir, 'warn.yml'), text);
    const run = github([join(dir, 'warn.yml')], { cwd: dir });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(expect.arrayContaining(['::warning', '::notice']));
    for (const l of lines) expect(l).toMatch(/^::(warning|notice) file=warn\.yml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
  });

  it('prints nothing for a clean config, and leaves the file out for standard input', () => {
    const clean = runCli(['validate', '--format', 'github', join(CORPUS_DIR, 'examples_minimal.yml')]);
    expect([clean.status, clean.stdout]).toEqual([0, '']);
    const stdin = github(['-'], { input: ODD_KEY });
    expect(stdin.status).toBe(1);
    expect(stdin.stdout).toMatch(/^::error line=3,col=1,/);
  });

  it('reports an unreadable file as an error annotation and exits 2', () => {
    const run = github(['nope, really:.yml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('::error file=nope%2C really%3A.yml,title=ENOENT::cannot read: no such file\n');
  });
});

describe('file names with spaces, % and : in every format', () => {
  it.each([
    ['human', (out: string) => expect(out).toContain(`${file}:3:1: error[unknown-field]`)],
    ['json', (out: string) => expect((JSON.parse(out) as { file: string }[])[0].file).toBe(file)],
    ['sarif', (out: string) => expect(out).toContain('"uri": "my%20config%25%3A1%2C2.yml"')],
    ['github', (out: string) => expect(out).toContain('file=my config%25%3A1%2C2.yml,')],
  ])('%s names the file and exits 1', (format, check) => {
    const run = runCli(['validate', '--format', format, file], { cwd: dir });
    expect(run.status).toBe(1);
    check(run.stdout);
  });
});
