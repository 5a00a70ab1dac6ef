import { describe, expect, it } from 'vitest';
import { cursorContext } from './keyPath.ts';
import { nameCompletions } from './nameCompletions.ts';

const NAMES = { volumes: ['config', 'data'], containers: ['api', 'web'] };

/** The text with `|` removed, and the offset where it was. */
function at(marked: string): [string, number] {
  const i = marked.indexOf('|');
  return [marked.slice(0, i) + marked.slice(i + 1), i];
}

function complete(marked: string) {
  const [text, offset] = at(marked);
  const result = nameCompletions(text, offset, NAMES);
  return result && { inserts: result.suggestions.map((s) => s.insertText), typed: text.slice(result.from, offset) };
}

describe('cursorContext', () => {
  it('finds the path through sections, entries and keys, skipping siblings and comments', () => {
    const [text, offset] = at(`services:
  - name: web
    image: nginx
    # mounts below
    binds:
      - data:/data

      - co|
`);
    expect(cursorContext(text, offset)).toMatchObject({ path: ['services', '-', 'binds', '-'], valuePrefix: 'co' });
  });

  it('includes the current key once its colon is typed', () => {
    const [text, offset] = at(`onboot:\n  - name: a\n    mounts:\n      - type: bind\n        source: d|`);
    expect(cursorContext(text, offset).path).toEqual(['onboot', '-', 'mounts', '-', 'source']);
  });
});

describe('nameCompletions', () => {
  it('offers volume names with a colon at the start of a binds entry', () => {
    expect(complete(`services:\n  - name: web\n    binds:\n      - |\n`)).toEqual({ inserts: ['config:', 'data:'], typed: '' });
  });

  it('works in binds.add while the text does not parse, keeping the typed prefix', () => {
    expect(complete(`services:\n  - name: web\n    binds.add:\n      - da|\n  bad: [\n`)).toEqual({ inserts: ['config:', 'data:'], typed: 'da' });
  });

  it('offers volume names in a flow binds list', () => {
    expect(complete(`onboot:\n  - name: web\n    binds: [data:/d, c|]\n`)).toEqual({ inserts: ['config:', 'data:'], typed: 'c' });
  });

  it('offers nothing after the volume part of a bind', () => {
    expect(complete(`services:\n  - name: web\n    binds:\n      - data:/|\n`)).toBeNull();
  });

  it('offers volume names in a mount source, but not for host paths', () => {
    const mount = `services:\n  - name: web\n    mounts:\n      - type: bind\n        source: |\n`;
    expect(complete(mount)).toEqual({ inserts: ['config', 'data'], typed: '' });
    expect(complete(mount.replace('|', '/ho|'))).toBeNull();
  });

  it('offers container names for uid, gid and additionalGids of containers only', () => {
    expect(complete(`services:\n  - name: web\n    uid: |\n`)?.inserts).toEqual(['api', 'web']);
    expect(complete(`services:\n  - name: web\n    gid: w|\n`)).toEqual({ inserts: ['api', 'web'], typed: 'w' });
    expect(complete(`services:\n  - name: web\n    additionalGids:\n      - |\n`)?.inserts).toEqual(['api', 'web']);
    expect(complete(`services:\n  - name: web\n    additionalGids: [api, |]\n`)?.inserts).toEqual(['api', 'web']);
    expect(complete(`files:\n  - path: etc/x\n    uid: |\n`)).toBeNull();
  });

  it('offers nothing elsewhere', () => {
    expect(complete(`services:\n  - name: web\n    image: |\n`)).toBeNull();
    expect(complete(`volumes:\n  - name: |\n`)).toBeNull();
  });
});
