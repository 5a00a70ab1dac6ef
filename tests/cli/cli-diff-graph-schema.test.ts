import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../corpus.ts';
import { runCli } from './runCli.ts';

const ORIGINAL = readFileSync(join(CORPUS_DIR, 'test_cases_000_build_070_volumes_001_ro_on_ro_test.yml'), 'utf8');

let dir: string;
const path = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks diff '));
  writeFileSync(path('old config.yml'), ORIGINAL);
  writeFileSync(path('reformatted.yml'), reformatted());
  writeFileSync(path('new|config.yml'), ORIGINAL.replace('vola:/vola:ro', 'vola:/vola').replace('poweroff:4059858a555bed90c2280fa9b060b7a8f8de6d45', 'poweroff:v1.0.0').replace('mode: "0700"', 'mode: "0755"'));
  writeFileSync(path('broken.yml'), 'services:\n  - name: [\n');
});
/** The same config in other words: quotes, a block list for a flow one, key order, comments, blank lines. */
function reformatted(): string {
  const steps: [string, string][] = [
    ['cmdline: "console=ttyS0 console=ttyAMA0"', "cmdline: 'console=ttyS0 console=ttyAMA0'  # serial"],
    ['command: ["sh", "-c", "/check.sh"]', 'command:\n      - sh\n      - "-c"\n      - /check.sh'],
    ['  - name: poweroff\n    image: linuxkit/poweroff:4059858a555bed90c2280fa9b060b7a8f8de6d45\n', '\n  - image: "linuxkit/poweroff:4059858a555bed90c2280fa9b060b7a8f8de6d45"\n    name: poweroff\n'],
  ];
  return steps.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture drifted: ${from}`);
    return text.replace(from, to);
  }, `# reviewed\n${ORIGINAL}`);
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diff', () => {
  it('exits 0 and says "no changes" for a reformatted copy', () => {
    const run = runCli(['diff', path('old config.yml'), path('reformatted.yml')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`${path('old config.yml')} → ${path('reformatted.yml')}: no changes (formatting, comments and key order are not changes)\n`);
    expect(JSON.parse(runCli(['diff', '--json', path('old config.yml'), path('reformatted.yml')]).stdout)).toEqual({ changes: [] });
  });

  it('--json: exit 1 and the contract shape, what matters first', () => {
    const run = runCli(['diff', '--json', path('old config.yml'), path('new|config.yml')]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      changes: [
        { change: 'changed', id: 'mount:onboot:test:/vola', fields: ['readonly'] },
        { change: 'changed', id: 'container:onboot:poweroff', fields: ['image'] },
        { change: 'changed', id: 'file:check.sh', fields: ['mode'] },
      ],
    });
  });

  it('human: a summary, then each change marked when it matters, with what it means', () => {
    const run = runCli(['diff', 'old config.yml', 'new|config.yml'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'old config.yml → new|config.yml: 3 changes (2 worth a look first)',
        '',
        '! changed mount:onboot:test:/vola (readonly)',
        '    mount of /vola in onboot container test became read-write',
        '! changed container:onboot:poweroff (image)',
        '    onboot container poweroff: image linuxkit/poweroff:4059858a555bed90c2280fa9b060b7a8f8de6d45 → linuxkit/poweroff:v1.0.0',
        '  changed file:check.sh (mode)',
        '    file check.sh: mode 0700 → 0755',
        '',
      ].join('\n'),
    );
  });

  it('--markdown: a summary line, then a table whose cells the file names cannot break', () => {
    const run = runCli(['diff', '--markdown', 'old config.yml', 'new|config.yml'], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('**3 changes** between `old config.yml` and `new\\|config.yml`, 2 worth a look first.');
    expect(lines.slice(1, 4)).toEqual(['', '|  | Change | Element | Fields | What it means |', '| --- | --- | --- | --- | --- |']);
    expect(lines[4]).toBe('| ⚠️ | changed | `mount:onboot:test:/vola` | `readonly` | mount of /vola in onboot container test became read-write |');
    expect(lines.slice(4).every((l) => l.split(/(?<!\\)\|/).length === 7)).toBe(true);
    expect(runCli(['diff', '--markdown', 'old config.yml', 'reformatted.yml'], { cwd: dir }).stdout).toBe(
      '**No changes** between `old config.yml` and `reformatted.yml` (formatting, comments and key order are not changes).\n',
    );
  });

  it('exits 2 for a missing file or a text that does not parse, saying where', () => {
    const missing = runCli(['diff', path('old config.yml'), path('nope.yml')]);
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toBe(`linuxkit-studio: cannot compare: ${path('nope.yml')}: cannot read: no such file\n`);
    const broken = runCli(['diff', 'broken.yml', 'old config.yml'], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^linuxkit-studio: cannot compare: broken\.yml:\d+:\d+: yaml-syntax: /);
    expect(runCli(['diff', 'old config.yml']).status).toBe(2);
  });

  it('reads one side from standard input', () => {
    const run = runCli(['diff', '--json', path('old config.yml'), '-'], { input: ORIGINAL.replace('readonly: true', 'readonly: false') });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ changes: [{ change: 'changed', id: 'volume:vola', fields: ['readonly'] }] });
  });
});

describe('graph', () => {
  const getty = join(CORPUS_DIR, 'test_cases_000_build_070_volumes_001_ro_on_ro_test.yml');

  it('--format svg prints one standalone SVG with every node and mount', () => {
    for (const args of [['graph', getty], ['graph', '--format', 'svg', getty]]) {
      const run = runCli(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*>.*<\/svg>\n$/s);
      for (const id of ['container:onboot:test', 'container:onboot:poweroff', 'volume:vola', 'mount:onboot:test:/vola']) expect(run.stdout).toContain(`data-id="${id}"`);
      expect(run.stdout).toContain('/vola ro');
    }
  });

  it('--format mermaid prints a flowchart: stages as subgraphs, volumes and files as nodes, mounts and file binds labelled with ro/rw', () => {
    const run = runCli(['graph', '--format', 'mermaid', getty]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'flowchart LR',
        '  kernel["kernel<br/>linuxkit/kernel:6.12.59<br/>init linuxkit/init:b5506cc74a68<br/>init linuxkit/runc:9442aa234715"]',
        '  subgraph onboot["onboot"]',
        '    direction TB',
        '    c0["1. test<br/>alpine:3.20<br/>/check.sh → /check.sh rw"]',
        '    c1["2. poweroff<br/>linuxkit/poweroff:4059858a555b"]',
        '  end',
        '  v0[("vola (read-only)")]',
        '  f0[/"/check.sh<br/>source 0700"/]',
        '  v0 -->|"/vola ro"| c0',
        '  f0 -.->|"/check.sh rw"| c0',
        '  c0 -.-> c1',
        '',
      ].join('\n'),
    );
  });

  it('escapes what would break a Mermaid label', () => {
    const run = runCli(['graph', '--format', 'mermaid', '-'], { input: 'services:\n  - name: \'a"b<i>#x\'\n    image: nginx:1\n' });
    expect(run.stdout).toContain('c0["a#34;b#60;i#62;#35;x<br/>nginx:1"]');
  });

  it('exits 2 for a text that does not parse', () => {
    const run = runCli(['graph', '-'], { input: 'services: [\n' });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/cannot draw: -:\d+:\d+: yaml-syntax/);
  });
});

describe('schema', () => {
  it('prints the JSON Schema with descriptions, exit 0', () => {
    const run = runCli(['schema']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.services.description).toMatch(/Long-running containers/);
  });
});
