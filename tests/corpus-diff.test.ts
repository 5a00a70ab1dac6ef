// The config diff on real LinuxKit files: reformatting is no change; each kind of change that
// matters is found with its field, and listed before the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, visit } from 'yaml';
import { analyze } from '../src/core/analyze.ts';
import { diffConfigs } from '../src/core/diff/diffConfigs.ts';
import type { ElementChange } from '../src/core/diff/types.ts';
import { CORPUS_DIR, loadCorpus } from './corpus.ts';

const diff = (before: string, after: string) => diffConfigs(analyze(before).parsed.model, analyze(after).parsed.model).changes;
const corpus = (name: string) => readFileSync(join(CORPUS_DIR, name), 'utf8');
/** `text` with `from` replaced by `to`, failing loudly when `from` is not there (a fixture drifted). */
function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}
const brief = (c: ElementChange) => ({ change: c.change, id: c.id, fields: c.fields, notes: c.notes.map((n) => n.kind) });

/** Same data, other text: 4-space indent, every mapping's keys reversed, a comment on top. */
function reformat(text: string): string {
  const doc = parseDocument(text);
  visit(doc, { Map: (_key, map) => void map.items.reverse() });
  return `# reformatted\n${doc.toString({ indent: 4, lineWidth: 0 })}`;
}

const comparable = loadCorpus().filter((e) => {
  const a = analyze(e.text);
  return a.wellFormed && !a.diagnostics.some((d) => d.code === 'duplicate-key') && isMap(a.parsed.doc?.contents);
});

describe('diff: formatting, comments and key order are not changes', () => {
  it('holds for most of the corpus', () => expect(comparable.length).toBeGreaterThan(150));

  it.each(comparable.map((e) => [e.file, e.text]))('%s reformatted, and as JSON, is no change', (_file, text) => {
    const reformatted = reformat(text);
    expect(reformatted).not.toBe(text);
    expect(diff(text, reformatted)).toEqual([]);
    expect(diff(text, JSON.stringify(parseDocument(text).toJS(), null, 1))).toEqual([]);
  });
});

describe('diff: what a change does (real corpus files)', () => {
  const roOnRo = corpus('test_cases_000_build_070_volumes_001_ro_on_ro_test.yml');
  const sshd = corpus('examples_sshd.yml');

  it('a mount that became read-write', () => {
    expect(diff(roOnRo, edit(roOnRo, 'vola:/vola:ro', 'vola:/vola')).map(brief)).toEqual([
      { change: 'changed', id: 'mount:onboot:test:/vola', fields: ['readonly'], notes: ['mount-read-write'] },
    ]);
  });

  it('a volume that became writable (and no change for `readonly: false` against no key)', () => {
    expect(diff(roOnRo, edit(roOnRo, 'readonly: true', 'readonly: false')).map(brief)).toEqual([
      { change: 'changed', id: 'volume:vola', fields: ['readonly'], notes: ['volume-writable'] },
    ]);
    expect(diff(edit(roOnRo, '    readonly: true\n', ''), edit(roOnRo, 'readonly: true', 'readonly: false'))).toEqual([]);
  });

  it('capabilities gained', () => {
    const after = edit(sshd, '    binds.add:\n      - /root/.ssh', '    capabilities.add:\n      - CAP_SYS_ADMIN\n    binds.add:\n      - /root/.ssh');
    const [change] = diff(sshd, after);
    expect(brief(change)).toEqual({ change: 'changed', id: 'container:services:sshd', fields: ['capabilities.add'], notes: ['capabilities-gained'] });
    expect(change.notes[0].text).toBe('services container sshd gains CAP_SYS_ADMIN');
  });

  it('a new host bind', () => {
    const after = edit(sshd, '      - /root/.ssh:/root/.ssh', '      - /root/.ssh:/root/.ssh\n      - /var/run:/var/run');
    const [change] = diff(sshd, after);
    expect(brief(change)).toEqual({ change: 'added', id: 'mount:services:sshd:/var/run', fields: [], notes: ['host-bind-added'] });
    expect(change.notes[0].text).toBe('host path /var/run is now mounted read-write at /var/run in services container sshd');
  });

  it('a container added to and one removed from a stage', () => {
    const after = edit(
      edit(sshd, '  - name: rngd1\n    image: linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    command: ["/sbin/rngd", "-1"]\n', ''),
      'services:\n',
      'services:\n  - name: ntpd\n    image: linuxkit/openntpd:v1.0.0\n',
    );
    expect(diff(sshd, after).map(brief)).toEqual([
      { change: 'added', id: 'container:services:ntpd', fields: [], notes: ['container-added'] },
      { change: 'removed', id: 'container:onboot:rngd1', fields: [], notes: ['container-removed'] },
    ]);
  });

  it('an image tag change', () => {
    const after = edit(sshd, 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0', 'linuxkit/getty:v1.0.0');
    const [change] = diff(sshd, after);
    expect(brief(change)).toEqual({ change: 'changed', id: 'container:services:getty', fields: ['image'], notes: ['image-changed'] });
    expect(change.values.image).toEqual({ before: 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0', after: 'linuxkit/getty:v1.0.0' });
  });

  it('a file and the run order of onboot containers, listed after what matters', () => {
    const swapped = edit(
      sshd,
      '  - name: sysctl\n    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n  - name: rngd1\n    image: linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    command: ["/sbin/rngd", "-1"]\n',
      '  - name: rngd1\n    image: linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198\n    command: ["/sbin/rngd", "-1"]\n  - name: sysctl\n    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n',
    );
    const after = edit(edit(swapped, 'mode: "0600"', 'mode: "0644"'), '     - INSECURE=true', '     - INSECURE=false');
    expect(diff(sshd, after).map(brief)).toEqual([
      { change: 'changed', id: 'container:onboot:sysctl', fields: ['order'], notes: [] },
      { change: 'changed', id: 'container:services:getty', fields: ['env'], notes: [] },
      { change: 'changed', id: 'file:root/.ssh/authorized_keys', fields: ['mode'], notes: [] },
    ]);
    const withCaps = edit(after, '    binds.add:\n      - /root/.ssh', '    capabilities:\n      - CAP_NET_ADMIN\n    binds.add:\n      - /root/.ssh');
    expect(diff(sshd, withCaps)[0]).toMatchObject({ id: 'container:services:sshd', notes: [{ kind: 'capabilities-gained' }] });
  });
});
