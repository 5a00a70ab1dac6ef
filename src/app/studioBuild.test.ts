// A Studio holding a build of several files (issue 13): no React, no browser.
import { describe, expect, it } from 'vitest';
import { attachFakeEditor, createTestStudio } from './testing/testStudio.ts';

const BASE = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data
`;
const EXTRA = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v2
volumes:
  - name: data
`;
const build = () =>
  createTestStudio({
    files: [
      { name: 'base.yml', text: BASE },
      { name: 'extra.yml', text: EXTRA },
    ],
  });

describe('a Studio of several files', () => {
  it("reads each file's text, with the editor's pending typing of its file, and refuses a name it does not hold", () => {
    const studio = build();
    const editor = attachFakeEditor(studio);
    studio.store.getState().setActive('extra.yml');
    editor.type(`${EXTRA}# typed\n`);
    expect(studio.text('base.yml')).toBe(BASE);
    expect(studio.text()).toBe(`${EXTRA}# typed\n`);
    expect(studio.files().map((f) => f.name)).toEqual(['base.yml', 'extra.yml']);
    expect(() => studio.text('nope.yml')).toThrow('nope.yml');
  });

  it('shows one graph of the merged build, with per-file diagnostics and ids unique across files', () => {
    const view = build().view();
    // onboot names may repeat across files: LinuxKit builds it (a warning says a uid by name would name the last one)
    expect(view.files.map((f) => [f.name, f.diagnostics.map((d) => `${d.severity} ${d.code}`)])).toEqual([
      ['base.yml', []],
      ['extra.yml', ['warning duplicate-container-name']],
    ]);
    expect(view.graph.nodes.map((n) => n.id)).toEqual([
      'container:onboot:sysctl@base.yml',
      'container:services:web',
      'container:onboot:sysctl@extra.yml',
      'volume:data',
    ]);
    expect(view.graph.edges.find((e) => e.type === 'mount')).toMatchObject({ source: 'volume:data', target: 'container:services:web' });
  });

  it('a graph action edits the file holding its element and returns the effects in build ids; the editor is told which file changed', () => {
    const studio = build();
    const result = studio.dispatch({ type: 'renameContainer', containerId: 'container:onboot:sysctl@extra.yml', newName: 'sysctl2' });
    expect(result.ok && result.effects.renamed).toEqual([['container:onboot:sysctl@extra.yml', 'container:onboot:sysctl2']]);
    expect(result.ok && result.changes.map((c) => c.file)).toEqual(['extra.yml']);
    expect(studio.text('base.yml')).toBe(BASE);
    expect(studio.text('extra.yml')).toBe(EXTRA.replace('name: sysctl\n', 'name: sysctl2\n'));
    const { change, selection, active } = studio.store.getState();
    expect(change).toMatchObject({ origin: 'graph', files: ['extra.yml'] });
    // no longer two of one name: base.yml's sysctl keeps a plain id again
    expect(studio.view().graph.nodes.map((n) => n.id)).toContain('container:onboot:sysctl');
    expect(selection).toEqual(['container:onboot:sysctl2']);
    expect(active).toBe('extra.yml');
  });

  it('a new element goes to the file the editor shows', () => {
    const studio = build();
    studio.store.getState().setActive('extra.yml');
    const result = studio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(result.ok && result.effects.created).toEqual(['volume:logs']);
    expect(studio.text('extra.yml')).toContain('  - name: logs\n');
    expect(studio.text('base.yml')).toBe(BASE);
    expect(studio.view().graph.nodes.find((n) => n.id === 'volume:logs')?.file).toBe('extra.yml');
  });

  it("connecting a volume of the last file to a container of another writes the bind into the container's file", () => {
    const studio = createTestStudio({
      files: [
        { name: 'base.yml', text: 'services:\n  - name: web\n    image: nginx:1.27\n' },
        { name: 'extra.yml', text: EXTRA },
      ],
    });
    const result = studio.dispatch({ type: 'connect', volumeId: 'volume:data', containerId: 'container:services:web' });
    expect(result.ok && result.changes.map((c) => c.file)).toEqual(['base.yml']);
    expect(studio.text('base.yml')).toBe('services:\n  - name: web\n    image: nginx:1.27\n    binds:\n      - data:/data\n');
    expect(studio.text('extra.yml')).toBe(EXTRA);
    expect(studio.store.getState().selection).toEqual(['mount:services:web:/data']);
  });

  it('renaming the volume rewrites the binds of the other files that name it, as one change', () => {
    const studio = build();
    const result = studio.dispatch({ type: 'renameVolume', volumeId: 'volume:data', newName: 'site' });
    expect(result.ok && result.changes.map((c) => c.file).sort()).toEqual(['base.yml', 'extra.yml']);
    expect(studio.text('base.yml')).toContain('      - site:/data\n');
    expect(studio.text('extra.yml')).toContain('  - name: site\n');
    expect(studio.view().files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('removing the volume removes the mounts of it in the other files too', () => {
    const studio = build();
    studio.dispatch({ type: 'removeVolume', volumeId: 'volume:data' });
    expect(studio.text('base.yml')).not.toContain('data:/data');
    expect(studio.text('extra.yml')).not.toContain('name: data');
  });

  it('reordering the files changes the verdict as the merge does (volumes come from the last file)', () => {
    const studio = build();
    studio.store.getState().moveFile('extra.yml', 0);
    const base = studio.view().files.find((f) => f.name === 'base.yml')!;
    expect(base.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['unknown-volume']);
    expect(studio.view().graph.edges.filter((e) => e.type === 'mount')).toEqual([]);
  });

  it('adding, removing and moving files keeps names unique and the active file valid', () => {
    const studio = build();
    studio.store.getState().addFiles([{ name: 'base.yml', text: 'services: []\n' }]);
    expect(studio.files().map((f) => f.name)).toEqual(['base.yml', 'extra.yml', 'base-2.yml']);
    expect(studio.store.getState().active).toBe('base-2.yml');
    studio.store.getState().removeFile('base-2.yml');
    expect(studio.store.getState().active).toBe('extra.yml');
    studio.store.getState().removeFile('extra.yml');
    studio.store.getState().removeFile('base.yml'); // the last file stays
    expect(studio.files().map((f) => f.name)).toEqual(['base.yml']);
    expect(studio.view().files).toHaveLength(1);
  });

  it('unsaved() covers every file: an export of all of them clears it', () => {
    const studio = build();
    expect(studio.unsaved()).toBe(false);
    studio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(studio.unsaved()).toBe(true);
    studio.store.getState().markSaved(studio.files());
    expect(studio.unsaved()).toBe(false);
  });

  it('while a file does not parse, the graph is the last good build, marked stale, and graph editing waits', () => {
    const studio = build();
    const good = studio.view().graph;
    studio.store.getState().editorChanged('services: [\n', 'base.yml');
    const view = studio.view();
    expect(view.stale).toBe(true);
    expect(view.graph).toBe(good);
    expect(view.files[0].diagnostics[0].code).toBe('yaml-syntax');
    expect(studio.dispatch({ type: 'addVolume', kind: 'blank' }).ok).toBe(false);
  });
});
