// `validate --merge FILE...` as a user runs it: the files judged as one `linuxkit build FILE...`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from './runCli.ts';

const BASE = `kernel:
  image: linuxkit/kernel:6.6.71
  cmdline: "console=ttyS0"
init:
  - linuxkit/init:v1.0.0
onboot:
  - name: format
    image: linuxkit/format:v1.0.0
    binds:
      - data:/data
volumes:
  - name: data
`;

const EXTRAS = `services:
  - name: web
    image: nginx:1.27
    uid: format
`;

let dir: string;
let base: string;
let extras: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks-merge-'));
  base = join(dir, 'base.yml');
  extras = join(dir, 'extras.yml');
  writeFileSync(base, BASE);
  writeFileSync(extras, EXTRAS);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate --merge', () => {
  it('without --merge the files stay separate configs: a uid naming the other file is an error', () => {
    const { status, entries } = runJson([extras, base]);
    expect(status).toBe(1);
    expect(entries[0].diagnostics.map((d) => [d.code, d.line])).toEqual([['unknown-id', 4]]);
  });

  it('with the volume in the last file the build is valid, and the uid resolves across files', () => {
    const { status, entries } = runJson(['--merge', extras, base]);
    expect(status).toBe(0);
    expect(entries.map((e) => [e.file, e.valid, e.diagnostics.filter((d) => d.severity === 'error')])).toEqual([
      [extras, true, []],
      [base, true, []],
    ]);
  });

  it('with the volume in an earlier file the bind fails, reported in the file of the bind at its line', () => {
    const { status, entries } = runJson(['--merge', base, extras]);
    expect(status).toBe(1);
    expect(entries.map((e) => [e.file, e.valid])).toEqual([
      [base, false],
      [extras, true],
    ]);
    const [d] = entries[0].diagnostics.filter((x) => x.severity === 'error');
    expect(d).toMatchObject({ code: 'unknown-volume', line: 10, column: 9, endLine: 10, endColumn: 13 });
    expect(d.message).toContain(`\`volume data not found\``);
    expect(d.message).toContain(`move the volume to \`${extras}\``);
  });

  it('a service repeated in a later file is an error there', () => {
    const again = join(dir, 'again.yml');
    writeFileSync(again, EXTRAS);
    const { status, entries } = runJson(['--merge', base, again, extras]);
    expect(status).toBe(1);
    expect(entries[2].diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.line, d.column])).toEqual([
      ['duplicate-service-name', 2, 11],
    ]);
  });

  it('prints compiler-style output under each file, and reads standard input as one of the files', () => {
    const run = runCli(['validate', '--merge', base, '-'], { input: EXTRAS });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${base}:10:9: error[unknown-volume]`);
    expect(run.stdout).toContain('move the volume to `standard input`');
    expect(run.stdout).not.toContain('-:4');
  });

  it('a file that cannot be read is exit 2; the others get only their own checks', () => {
    const { status, entries } = runJson(['--merge', join(dir, 'missing.yml'), extras]);
    expect(status).toBe(2);
    expect(entries[0].error?.code).toBe('ENOENT');
    expect(entries[1]).toMatchObject({ file: extras, valid: true, diagnostics: [] });
  });
});
