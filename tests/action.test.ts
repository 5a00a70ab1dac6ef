// The GitHub Action's check step (action.yml) run as GitHub would run it: bash in the repository,
// inputs in the environment, outputs in $GITHUB_OUTPUT.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliPath } from './cli/runCli.ts';

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
const action = parse(readFileSync(resolve(import.meta.dirname, '../action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};
const checkStep = action.runs.steps.find((s) => s.id === 'check')!;

let repo: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'lks-action-'));
  mkdirSync(join(repo, 'images/edge'), { recursive: true });
  writeFileSync(join(repo, 'linuxkit.yml'), 'kernel:\n  image: linuxkit/kernel:6.6.71\n');
  writeFileSync(join(repo, 'images/edge/my box.yml'), 'services:\n  - name: web\n    image: nginx:1.27\n    binds:\n      - data:/data\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function runCheck(inputs: Record<string, string>) {
  const output = join(repo, 'github-output');
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    FILES: inputs.files ?? action.inputs.files.default,
    ANNOTATIONS: inputs.annotations ?? action.inputs.annotations.default,
    UPLOAD_SARIF: inputs['upload-sarif'] ?? action.inputs['upload-sarif'].default,
    SARIF_FILE: inputs['sarif-file'] ?? action.inputs['sarif-file'].default,
    CLI: cliPath(),
    GITHUB_OUTPUT: output,
  };
  const run = spawnSync('bash', ['-e', '-c', checkStep.run!], { cwd: repo, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split('=')));
  return { status: run.status, stdout: run.stdout, outputs };
}

describe('action.yml', () => {
  it('is a composite action that uploads SARIF only when asked', () => {
    expect(action.runs.using).toBe('composite');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload?.with?.sarif_file).toBe('${{ steps.check.outputs.sarif-file }}');
  });

  it('annotates the files the globs match, and reports the exit status', () => {
    const run = runCheck({ files: 'linuxkit.yml\nimages/**/*.yml' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::error file=images\/edge\/my box\.yml,line=5,col=9,.*title=unknown-volume::Volume `data`/m);
    expect(run.outputs).toEqual({ 'exit-code': '1' });
  });

  it('writes a SARIF log when asked', () => {
    const run = runCheck({ files: 'images/**/*.yml', 'upload-sarif': 'true', annotations: 'false' });
    expect(run.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'linuxkit-studio.sarif' });
    const log = JSON.parse(readFileSync(join(repo, 'linuxkit-studio.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('images/edge/my%20box.yml');
  });

  it('fails with an annotation when a glob matches nothing', () => {
    const run = runCheck({ files: 'configs/*.yml' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("::error title=linuxkit-studio::no file matches 'configs/*.yml'\n");
  });
});

describe('docs/ci.md', () => {
  it('its example workflow and pre-commit config are well-formed YAML that uses this action', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../docs/ci.md'), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(2);
    // `parse` throws on a syntax error or a repeated key
    const workflow = parse(blocks[0], { uniqueKeys: true }) as { jobs: { check: { steps: Step[] } } };
    expect(workflow.jobs.check.steps.map((s) => s.uses)).toContain('OWNER/linuxkit-studio@v0.1.0');
    const hooks = parse(readFileSync(resolve(import.meta.dirname, '../.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[];
    const config = parse(blocks[1]) as { repos: { hooks: { id: string }[] }[] };
    expect(config.repos[0].hooks[0].id).toBe(hooks[0].id);
    expect(hooks[0].entry).toBe('linuxkit-studio validate');
  });
});
