import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../tests/corpus.ts';
import { analyze } from '../analyze.ts';
import { applyCommand } from './applyCommand.ts';
import { ok, refused } from './testing.ts';

describe('applyCommand', () => {
  it('refuses to edit malformed YAML and says why', () => {
    const reason = refused('services:\n  - name: [a\n', { type: 'addContainer', section: 'services' });
    expect(reason).toContain('syntax errors');
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '- a\n- b\n', 'services: 3\n', 'onboot:\n  - 7\n', '"just a string"']) {
      const result = applyCommand(text, { type: 'removeContainer', containerId: 'container:onboot:#0' });
      expect(typeof result.ok).toBe('boolean');
    }
  });

  it('reports a change that is already in place as success without edits', () => {
    const text = 'services:\n  - name: a\n    image: b:1\n';
    const result = applyCommand(text, { type: 'renameContainer', containerId: 'container:services:a', newName: 'a' });
    expect(result).toEqual({ ok: true, text, edits: [], selectId: 'container:services:a', effects: { renamed: [], created: [] } });
  });
});

describe('inverse commands on real configs', () => {
  const corpus = loadCorpus().filter((e) => e.valid && analyze(e.text).parsed.model.containers.length > 0);
  const sample = corpus.filter((_, i) => i % 8 === 0);

  it('covers several corpus files', () => {
    expect(sample.length).toBeGreaterThan(5);
  });

  it.each(sample.map((e) => [e.file, e.text] as const))('add then remove a container and a volume in %s gives the text back', (_, text) => {
    for (const section of ['onboot', 'services', 'onshutdown'] as const) {
      const added = ok(text, { type: 'addContainer', section, name: 'studio-test' });
      expect(ok(added.text, { type: 'removeContainer', containerId: `container:${section}:studio-test` }).text).toBe(text);
    }
    const vol = ok(text, { type: 'addVolume', kind: 'blank', name: 'studio-test' });
    const connected = ok(vol.text, { type: 'connect', volumeId: 'volume:studio-test', containerId: vol.model.containers[0].id, destination: '/studio-test' });
    expect(ok(connected.text, { type: 'removeVolume', volumeId: 'volume:studio-test' }).text).toBe(text);
  });

  it.each(sample.map((e) => [e.file, e.text] as const))('renaming a container there and back in %s gives the text back', (_, text) => {
    const first = analyze(text).parsed.model.containers.find((c) => c.name);
    if (!first?.name) throw new Error('no named container');
    const renamed = ok(text, { type: 'renameContainer', containerId: first.id, newName: 'studio-renamed' });
    expect(ok(renamed.text, { type: 'renameContainer', containerId: `container:${first.section}:studio-renamed`, newName: first.name }).text).toBe(text);
  });
});
