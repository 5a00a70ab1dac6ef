import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostics/codes.ts';
import { CORPUS_DIR, corpusFiles } from '../corpus.ts';
import { multitoolValidate } from './sarifMultitool.ts';
import { runCli, runJson } from './runCli.ts';

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[];
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

const sarif = (args: string[], options: { cwd?: string; input?: string } = {}) => {
  const run = runCli(['validate', '--format', 'sarif', ...args], options);
  return { status: run.status, log: JSON.parse(run.stdout) as SarifLog, stderr: run.stderr };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lks sarif '));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate --format sarif', () => {
  it('the log of the whole corpus passes Microsoft’s SARIF validator with no errors or warnings', () => {
    const files = corpusFiles().map((f) => join(CORPUS_DIR, f));
    const { status, log } = sarif(files, { cwd: join(CORPUS_DIR, '..') });
    expect(status).toBe(1); // the corpus holds configs LinuxKit rejects
    expect(log.runs[0].results.length).toBeGreaterThan(20);
    expect(multitoolValidate(JSON.stringify(log))).toEqual([]);
  }, 180_000);

  it('the validator does report a broken log (so the check above can fail)', () => {
    const { log } = sarif([join(CORPUS_DIR, 'examples_getty.yml'), join(CORPUS_DIR, 'examples_static-ip.yml')]);
    log.runs[0].results[0].locations![0].physicalLocation.region.startLine = 0;
    const findings = multitoolValidate(JSON.stringify(log));
    expect(findings.filter((f) => f.level === 'error').map((f) => f.ruleId)).toContain('JSON1008');
  }, 180_000);

  it('names the tool, and has one rule per diagnostic code with descriptions and help', () => {
    const { log } = sarif([join(CORPUS_DIR, 'examples_getty.yml')]);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'linuxkit-studio', version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown as string });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual(DIAGNOSTIC_CODES);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.help.text).toContain('How to fix: ');
    }
  });

  it('gives each result its level, message, a path relative to the current directory and the same 1-based region as --json', () => {
    const text = 'services:\n  - name: web\n    image: nginx:1.27\n    binds:\n      - data:/data\n';
    mkdirSync(join(dir, 'sub dir'), { recursive: true });
    const file = join(dir, 'sub dir', 'my config%:1,2.yml');
    writeFileSync(file, text);
    const { status, log } = sarif([file], { cwd: dir });
    const { entries } = runJson([file]);
    expect(status).toBe(1);
    const results = log.runs[0].results;
    expect(results.map((r) => [r.ruleId, r.level, r.message.text])).toEqual(
      entries[0].diagnostics.map((d) => [d.code, { error: 'error', warning: 'warning', info: 'note' }[d.severity], d.message]),
    );
    for (const [i, r] of results.entries()) {
      const d = entries[0].diagnostics[i];
      const { artifactLocation, region } = r.locations![0].physicalLocation;
      expect(artifactLocation).toMatchObject({ uri: 'sub%20dir/my%20config%25%3A1%2C2.yml', uriBaseId: '%SRCROOT%' });
      expect(decodeURIComponent(artifactLocation.uri)).toBe(relative(dir, file));
      expect(region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
    }
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${encodeURI(dir)}/`);
    expect(multitoolValidate(JSON.stringify(log))).toEqual([]);
  }, 180_000);

  it('exits 0 for a valid config, and 2 with a notification for a missing file', () => {
    expect(sarif([join(CORPUS_DIR, 'examples_getty.yml')]).status).toBe(0);
    const missing = join(dir, 'missing.yml');
    const { status, log } = sarif([missing]);
    expect(status).toBe(2);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: `${missing}: cannot read: no such file` } });
  });

  it('reports standard input without a location (it has no path in the repository)', () => {
    const { status, log } = sarif(['-'], { input: 'kernel:\n  image: linuxkit/kernel:6.6.71\nkernel: {}\n' });
    expect(status).toBe(1);
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'duplicate-key', level: 'error' });
    expect(log.runs[0].results[0].locations).toBeUndefined();
  });
});
