import { describe, expect, it } from 'vitest';
import { runRule } from '../containers/ruleTesting.ts';
import { duplicateFilePath } from './duplicateFilePath.ts';
import { fileContents } from './fileContents.ts';
import { fileHiddenAtBoot } from './fileHiddenAtBoot.ts';
import { fileWithoutPath } from './fileWithoutPath.ts';
import { invalidMode } from './invalidMode.ts';
import { intendedOctal, parsesAsOctal } from './octalMode.ts';

const codesAndCovers = (d: { code: string; covers: string }[]) => d.map((x) => [x.code, x.covers]);

describe('file-without-path', () => {
  it('accepts a path, and flags an entry without one or with an empty one', () => {
    expect(runRule(fileWithoutPath, 'files:\n  - path: etc/a\n    contents: x\n')).toEqual([]);
    const d = runRule(fileWithoutPath, 'files:\n  - contents: x\n    mode: "0644"\n  - path: ""\n    contents: y\n');
    expect(codesAndCovers(d)).toEqual([
      ['file-without-path', 'contents: x\n    mode: "0644"'],
      ['file-without-path', 'path: ""'],
    ]);
    expect(d[0].severity).toBe('error');
  });
});

describe('file contents (file-without-contents, conflicting-file-fields, invalid-value)', () => {
  it('accepts each way of giving a file its contents', () => {
    const ok = `files:
  - path: etc/a
    contents: ""
  - path: etc/b
    source: b.txt
  - path: etc/c
    metadata: yaml
  - path: etc/d
    directory: true
  - path: etc/e
    symlink: /etc/a
`;
    expect(runRule(fileContents, ok)).toEqual([]);
  });

  it('flags every combination build.go filesystem refuses, at the field at fault', () => {
    const bad = `files:
  - path: etc/none
    mode: "0600"
  - path: etc/both
    source: a
    metadata: json
  - path: etc/cs
    contents: x
    source: a
  - path: etc/dir
    directory: true
    contents: x
  - path: etc/link
    symlink: /x
    source: a
  - path: etc/cm
    contents: x
    metadata: yaml
  - path: etc/meta
    metadata: toml
  - path: etc/yml
    metadata: yml
`;
    const d = runRule(fileContents, bad);
    expect(codesAndCovers(d)).toEqual([
      ['file-without-contents', 'etc/none'],
      ['conflicting-file-fields', 'metadata: json'],
      ['conflicting-file-fields', 'source: a'],
      ['conflicting-file-fields', 'contents: x'],
      ['conflicting-file-fields', 'source: a'],
      ['conflicting-file-fields', 'metadata: yaml'],
      ['invalid-value', 'toml'],
      ['invalid-value', 'yml'],
    ]);
    expect(d[0].message).toMatch(/add `contents:`/);
    expect(d[2].fixes.map((f) => f.command)).toEqual([{ type: 'removeKey', path: ['files', 2, 'source'] }]);
    expect(d[6].fixes).toEqual([]);
    expect(d[7].fixes.map((f) => f.command)).toEqual([{ type: 'setScalar', path: ['files', 7, 'metadata'], source: 'yml', value: 'yaml' }]);
  });

  it('counts `contents: null` as no contents, as Go does for a *string', () => {
    expect(codesAndCovers(runRule(fileContents, 'files:\n  - path: etc/x\n    contents: null\n'))).toEqual([['file-without-contents', 'etc/x']]);
  });
});

describe('invalid-mode', () => {
  it('parses modes as strconv.ParseInt(mode, 8, 32)', () => {
    for (const ok of ['0644', '644', '0', '+755', '-1', '17777777777']) expect(parsesAsOctal(ok)).toBe(true);
    for (const bad of ['0o644', '0x1a4', 'rw-r--r--', '0899', '', ' 0644', '20000000000', '0_644']) expect(parsesAsOctal(bad)).toBe(false);
    expect(intendedOctal('0o644')).toBe('0644');
    expect(intendedOctal('rw-r--r--')).toBe('0644');
    expect(intendedOctal('rwxr-x---')).toBe('0750');
    expect(intendedOctal('0899')).toBeUndefined();
  });

  it('flags file and device modes LinuxKit cannot parse, and a device without a mode', () => {
    const text = `services:
  - name: getty
    image: linuxkit/getty:v1
    devices:
      - path: all
        type: b
      - path: /dev/console
        type: c
        major: 5
        minor: 1
      - path: /dev/tty
        type: c
        mode: "0666"
      - path: /dev/null
        type: c
        mode: "0o666"
files:
  - path: etc/a
    contents: x
    mode: "0o644"
  - path: etc/b
    contents: x
    mode: rw-r--r--
  - path: etc/c
    contents: x
    mode: "0899"
  - path: etc/d
    contents: x
    mode: "0600"
`;
    const d = runRule(invalidMode, text);
    expect(codesAndCovers(d)).toEqual([
      ['invalid-mode', '"0o644"'],
      ['invalid-mode', 'rw-r--r--'],
      ['invalid-mode', '"0899"'],
      ['invalid-mode', 'path: /dev/console\n        type: c\n        major: 5\n        minor: 1'],
      ['invalid-mode', '"0o666"'],
    ]);
    expect(d[0].fixes.map((f) => f.command)).toEqual([{ type: 'setScalar', path: ['files', 0, 'mode'], source: '0o644', value: '0644' }]);
    expect(d[2].fixes).toEqual([]);
    expect(d[4].fixes.map((f) => f.command)).toEqual([
      { type: 'setScalar', path: ['services', 0, 'devices', 3, 'mode'], source: '0o666', value: '0666' },
    ]);
    expect(d[4].target).toBe('container:services:getty');
  });
});

describe('duplicate-file-path', () => {
  it('flags the later of two entries for one path, with or without the leading slash', () => {
    expect(runRule(duplicateFilePath, 'files:\n  - path: etc/a\n    contents: x\n  - path: etc/b\n    contents: x\n')).toEqual([]);
    const d = runRule(duplicateFilePath, 'files:\n  - path: etc/a\n    contents: x\n  - path: /etc/a\n    contents: y\n');
    expect(codesAndCovers(d)).toEqual([['duplicate-file-path', '/etc/a']]);
    expect(d[0].severity).toBe('warning');
    expect(d[0].fixes.map((f) => f.command)).toEqual([{ type: 'removeListEntry', path: ['files', 1] }]);
  });
});

describe('file-hidden-at-boot', () => {
  it('flags files under /var, /run and /tmp only', () => {
    const text = `files:
  - path: etc/ok
    contents: x
  - path: /run/app/config
    contents: x
  - path: tmp
    directory: true
  - path: var/lib/docker
    directory: true
  - path: variable/x
    contents: x
`;
    const d = runRule(fileHiddenAtBoot, text);
    expect(codesAndCovers(d)).toEqual([
      ['file-hidden-at-boot', '/run/app/config'],
      ['file-hidden-at-boot', 'tmp'],
      ['file-hidden-at-boot', 'var/lib/docker'],
    ]);
    expect(d[0].fixes.map((f) => f.command)).toEqual([
      { type: 'setScalar', path: ['files', 1, 'path'], source: '/run/app/config', value: '/etc/app/config' },
    ]);
    expect(d[2].fixes.map((f) => f.command)).toEqual([{ type: 'removeListEntry', path: ['files', 3] }]);
  });
});
