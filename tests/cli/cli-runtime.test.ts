import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { CORPUS_DIR, loadCorpus } from '../corpus.ts';
import { runCli } from './runCli.ts';

interface RuntimeEntry {
  file: string;
  error?: unknown;
  containers: {
    section: string;
    name: string;
    imageConfig: string;
    capabilities: string[];
    namespaces: Record<string, string>;
    mounts: { destination: string; type: string; source: string; options: string[]; origin: string }[];
    origins: Record<string, unknown>;
    errors: unknown[];
  }[];
}

const ORIGINS = ['linuxkit', 'image', 'config'];
const valid = loadCorpus().filter((e) => e.valid);

describe('runtime --json on every corpus file LinuxKit builds', () => {
  const run = runCli(['runtime', '--json', ...valid.map((e) => join(CORPUS_DIR, e.file))]);
  const entries = JSON.parse(run.stdout) as RuntimeEntry[];

  it('exits 0 with one entry per file, in order, and no error', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(entries.map((e) => e.file)).toEqual(valid.map((e) => join(CORPUS_DIR, e.file)));
    expect(valid.length).toBeGreaterThan(100);
    for (const e of entries) {
      expect(e.error, e.file).toBeUndefined();
      expect(e.containers.flatMap((c) => c.errors), e.file).toEqual([]);
    }
  });

  it('lists every container of the file, section and name', () => {
    for (const [i, e] of entries.entries()) {
      const model = analyze(valid[i].text).parsed.model;
      expect(e.containers.map((c) => `${c.section}/${c.name}`), e.file).toEqual(model.containers.map((c) => `${c.section}/${c.name}`));
    }
  });

  it('sorts mounts by destination, gives each an origin, and names every value’s origin', () => {
    let mounts = 0;
    for (const e of entries) {
      for (const c of e.containers) {
        const dests = c.mounts.map((m) => m.destination);
        expect(dests, `${e.file} ${c.name}`).toEqual([...dests].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(new Set(dests).size).toBe(dests.length);
        for (const m of c.mounts) expect(ORIGINS, `${e.file} ${c.name} ${m.destination}`).toContain(m.origin);
        for (const [key, origin] of Object.entries(c.origins)) {
          const values = typeof origin === 'string' ? [origin] : Object.values(origin as Record<string, string>);
          for (const v of values) expect(ORIGINS, `${e.file} ${c.name} ${key}`).toContain(v);
        }
        expect(Object.keys(c.namespaces)).toEqual(['net', 'ipc', 'uts', 'pid', 'user', 'mount']);
        expect(['package', 'assumed-none']).toContain(c.imageConfig);
        mounts += c.mounts.length;
      }
    }
    // every container has at least LinuxKit's five mounts
    expect(mounts).toBeGreaterThanOrEqual(5 * entries.reduce((n, e) => n + e.containers.length, 0));
  });

  it('rewrites volume sources to /containers/volumes/<name>/merged', () => {
    const withVolume = entries.flatMap((e) => e.containers.flatMap((c) => c.mounts)).filter((m) => m.source.startsWith('/containers/volumes/'));
    expect(withVolume.length).toBeGreaterThan(0);
    for (const m of withVolume) expect(m.source).toMatch(/^\/containers\/volumes\/[a-z0-9_-]+\/merged$/);
  });
});

describe('runtime, human form', () => {
  it('prints a block with a mount table per container', () => {
    const run = runCli(['runtime', join(CORPUS_DIR, 'examples_getty.yml')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('services/getty');
    expect(run.stdout).toMatch(/DESTINATION +TYPE +SOURCE +OPTIONS +ORIGIN/);
    expect(run.stdout).toMatch(/\/var\/log +bind +\/var\/log +rw,rbind,rshared +image/);
  });

  it('says when an image label is unknown, and exits 1 when the build would stop', () => {
    const text = 'services:\n  - name: web\n    image: nginx:1.25\n    capabilities: [CAP_NOPE]\n';
    const run = runCli(['runtime', '-'], { input: text });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('image label unknown, assumed none');
    expect(run.stdout).toContain('build stops: unknown capability: CAP_NOPE (line 4)');
  });

  it('exits 2 for a missing file', () => {
    const run = runCli(['runtime', '--json', '/nonexistent/x.yml']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)[0].error.message).toContain('/nonexistent/x.yml');
  });
});
