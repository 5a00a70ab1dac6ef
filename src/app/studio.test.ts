import { describe, expect, it } from 'vitest';
import { attachFakeEditor, createTestStudio } from './testing/testStudio.ts';
import { MAIN_FILE } from './studio.ts';

const text = `services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data
volumes:
  - name: data
`;

describe('studio.dispatch returns the effects, and layout and selection follow them', () => {
  it('a rename moves the node position and the selection with it, keeping the selection key', () => {
    const storeStudio = createTestStudio({ text, positions: { 'container:services:web': { x: 7, y: 9 } } });
    const store = storeStudio.store;
    store.getState().setSelection(['container:services:web']);
    const key = store.getState().selectionKey;
    const result = storeStudio.dispatch({ type: 'renameContainer', containerId: 'container:services:web', newName: 'www' });
    expect(result.ok && result.effects.renamed).toEqual([['container:services:web', 'container:services:www']]);
    const state = store.getState();
    expect(state.positions['container:services:www']).toEqual({ x: 7, y: 9 });
    expect(state.positions['container:services:web']).toBeUndefined();
    expect(state.selection).toEqual(['container:services:www']);
    expect(state.selectionKey).toBe(key);
  });

  it('a created element dropped on the canvas is placed there and selected, under a new selection key', () => {
    const storeStudio = createTestStudio({ text });
    const store = storeStudio.store;
    const key = store.getState().selectionKey;
    storeStudio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' }, { at: { x: 2400, y: 1800 } });
    const state = store.getState();
    expect(state.selection).toEqual(['volume:logs']);
    expect(state.selectionKey).not.toBe(key);
    const undroppedStudio = createTestStudio({ text });
    const undropped = undroppedStudio.store;
    undroppedStudio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(state.positions['volume:logs']).not.toEqual(undropped.getState().positions['volume:logs']);
  });

  it('a mount made with keepSelection leaves the selection and its key as they were', () => {
    const storeStudio = createTestStudio({ text: `${text}  - name: logs\n` });
    const store = storeStudio.store;
    store.getState().setSelection(['volume:logs']);
    const key = store.getState().selectionKey;
    const command = { type: 'connect', volumeId: 'volume:logs', containerId: 'container:services:web', destination: '/logs', readOnly: false } as const;
    const result = storeStudio.dispatch(command, { keepSelection: true });
    expect(result.ok && result.effects.created).toEqual(['mount:services:web:/logs']);
    expect(result.ok && result.effects.selection).toEqual(['volume:logs']);
    expect(store.getState().selection).toEqual(['volume:logs']);
    expect(store.getState().selectionKey).toBe(key);
    // without it, the new mount is selected
    storeStudio.dispatch({ ...command, destination: '/logs2' });
    expect(store.getState().selection).toEqual(['mount:services:web:/logs2']);
  });

  it('several commands as one step collect their renames: the layout follows each', () => {
    const storeStudio = createTestStudio({ text, positions: { 'volume:data': { x: 1, y: 2 } } });
    const store = storeStudio.store;
    const result = storeStudio.dispatch([
      { type: 'renameVolume', volumeId: 'volume:data', newName: 'store' },
      { type: 'renameVolume', volumeId: 'volume:store', newName: 'cache' },
    ]);
    expect(result.ok && result.effects.renamed).toEqual([
      ['volume:data', 'volume:store'],
      ['volume:store', 'volume:cache'],
    ]);
    expect(store.getState().positions['volume:cache']).toEqual({ x: 1, y: 2 });
  });
});

describe('undoing a load brings back the layout of the text it replaced', () => {
  const theirs = text.replace('name: web', 'name: theirs');

  it('the editor reporting the replaced text (Monaco undo) restores its positions; redo restores the loaded ones', () => {
    const storeStudio = createTestStudio({ text });
    const store = storeStudio.store;
    store.getState().movePositions({ 'container:services:web': { x: 555, y: 444 }, 'volume:data': { x: 11, y: 22 } });
    const mine = store.getState().positions;
    store.getState().load(theirs, { positions: { 'container:services:theirs': { x: -30, y: 70 }, 'volume:data': { x: 900, y: 900 } } });
    expect(store.getState().positions['volume:data']).toEqual({ x: 900, y: 900 });
    const loaded = store.getState().positions;

    store.getState().editorChanged(text);
    expect(store.getState().positions).toEqual(mine);
    store.getState().editorChanged(theirs);
    expect(store.getState().positions).toEqual(loaded);
    store.getState().editorChanged(text);
    expect(store.getState().positions).toEqual(mine);
  });

  it('ordinary typing keeps the current layout, and a recalled layout is used once', () => {
    const storeStudio = createTestStudio({ text, positions: { 'volume:data': { x: 1, y: 2 } } });
    const store = storeStudio.store;
    store.getState().load(theirs, { positions: { 'volume:data': { x: 3, y: 4 } } });
    const typed = `${theirs}# note\n`;
    store.getState().editorChanged(typed);
    expect(store.getState().positions['volume:data']).toEqual({ x: 3, y: 4 });
    store.getState().editorChanged(text);
    expect(store.getState().positions['volume:data']).toEqual({ x: 1, y: 2 });
    // the user moves a node, types and undoes back to the same text: the move stays
    store.getState().movePositions({ 'volume:data': { x: 8, y: 8 } });
    store.getState().editorChanged(`${text}#`);
    store.getState().editorChanged(text);
    expect(store.getState().positions['volume:data']).toEqual({ x: 8, y: 8 });
  });
});

describe('a CR-only file (classic Mac OS) keeps its line breaks', () => {
  const cr = text.replace(/\n/g, '\r');

  it('typing (the editor holds it with LF breaks) and graph commands leave it CR-only', () => {
    const storeStudio = createTestStudio({ text: cr });
    const store = storeStudio.store;
    store.getState().editorChanged(text.replace('name: web', 'name: www'));
    expect(store.getState().files[0].text).toBe(cr.replace('name: web', 'name: www'));
    // the editor reporting the text it already holds changes nothing
    const version = store.getState().change.version;
    store.getState().editorChanged(text.replace('name: web', 'name: www'));
    expect(store.getState().change.version).toBe(version);
    const result = storeStudio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(result.ok).toBe(true);
    expect(store.getState().files[0].text).toContain('\r  - name: logs\r');
    expect(store.getState().files[0].text).not.toContain('\n');
  });

  it('undoing a CR file opened over an LF one gives the LF text back exactly, and redo the CR one', () => {
    const storeStudio = createTestStudio({ text });
    const store = storeStudio.store;
    const other = text.replace('name: web', 'name: other');
    store.getState().load(other.replace(/\n/g, '\r'));
    // Monaco's undo: the editor holds the LF text again
    store.getState().editorChanged(text);
    expect(store.getState().files[0].text).toBe(text);
    // redo: the editor holds the CR file with LF breaks
    store.getState().editorChanged(other);
    expect(store.getState().files[0].text).toBe(other.replace(/\n/g, '\r'));
  });
});

describe('studio.text() takes the editor’s pending typing first', () => {
  it('a text read, a dispatch and files() see what the editor still holds back', () => {
    const studio = createTestStudio({ text });
    const editor = attachFakeEditor(studio);
    const typed = text.replace('name: web', 'name: typed');
    editor.type(typed);
    // the store has not seen it yet: only a read through the Studio takes it
    expect(studio.store.getState().files[0].text).toBe(text);
    expect(studio.text()).toBe(typed);
    expect(studio.store.getState().files[0].text).toBe(typed);
    expect(studio.store.getState().change.origin).toBe('editor');
    expect(studio.files()).toEqual([{ name: MAIN_FILE, text: typed }]);

    // a graph command runs on the typed text, not on the older one
    editor.type(typed.replace('name: typed', 'name: later'));
    const result = studio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(result.ok).toBe(true);
    const now = studio.text();
    expect(now).toContain('name: later');
    expect(now).toContain('- name: logs');
    expect(result.ok && result.files).toEqual([{ name: MAIN_FILE, text: now }]);
  });

  it('without an editor, or once it detaches, text() reads the store', () => {
    const studio = createTestStudio({ text });
    expect(studio.editor()).toBeNull();
    expect(studio.text()).toBe(text);
    const editor = attachFakeEditor(studio);
    expect(studio.editor()).toBe(editor);
    editor.detach();
    editor.type('services: []\n');
    expect(studio.editor()).toBeNull();
    expect(studio.text()).toBe(text);
  });

  it('a refused dispatch changes nothing and says why, with the typed text kept', () => {
    const studio = createTestStudio({ text });
    const editor = attachFakeEditor(studio);
    const broken = `${text}  - [unclosed\n`;
    editor.type(broken);
    const result = studio.dispatch({ type: 'addVolume', kind: 'blank' });
    expect(result.ok).toBe(false);
    expect(studio.text()).toBe(broken);
    expect(studio.store.getState().notice).toMatchObject({ kind: 'error' });
  });

  it('several commands as one change leave nothing selected and return the effects', () => {
    const studio = createTestStudio({ text: `${text}  - name: logs\n` });
    studio.store.getState().setSelection(['volume:logs']);
    const result = studio.dispatch([{ type: 'removeVolume', volumeId: 'volume:logs' }], { label: 'Delete' });
    expect(result.ok && result.effects).toEqual({ renamed: [], created: [], selection: [] });
    expect(studio.store.getState().selection).toEqual([]);
    expect(studio.store.getState().change).toMatchObject({ origin: 'graph', label: 'Delete' });
  });
});

describe('two Studios share nothing', () => {
  it('each has its own views, last good graph and notices', () => {
    const a = createTestStudio({ text });
    const b = createTestStudio({ text: 'services: []\n' });
    expect(a.view().graph.nodes.length).toBeGreaterThan(b.view().graph.nodes.length);
    a.store.getState().editorChanged(`${text}  - [unclosed\n`);
    expect(a.view()).toMatchObject({ stale: true, status: 'stale' });
    expect(b.view()).toMatchObject({ stale: false, status: 'exact' });
    a.store.getState().showNotice('info', 'one');
    expect(b.store.getState().notice).toBeNull();
  });
});

describe('what the toolbar and inspector ask of a Studio', () => {
  it('unsaved(): typing still held back by the editor counts, an export (markSaved) or an open clears it', () => {
    const studio = createTestStudio({ text });
    expect(studio.unsaved()).toBe(false);
    const editor = attachFakeEditor(studio);
    editor.type(`${text}# note\n`);
    expect(studio.unsaved()).toBe(true);
    studio.store.getState().markSaved(studio.files());
    expect(studio.unsaved()).toBe(false);
    studio.dispatch({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(studio.unsaved()).toBe(true);
    studio.store.getState().load('services: []\n');
    expect(studio.unsaved()).toBe(false);
  });

  it('a new mount destination renames the mount: its position and the selection follow, under the same key', () => {
    const studio = createTestStudio({ text, positions: { 'mount:services:web:/data': { x: 4, y: 5 } } });
    studio.store.getState().setSelection(['mount:services:web:/data']);
    const key = studio.store.getState().selectionKey;
    const result = studio.dispatch({ type: 'setMountDestination', mountId: 'mount:services:web:/data', destination: '/srv/data' });
    expect(result.ok && result.effects).toEqual({
      renamed: [['mount:services:web:/data', 'mount:services:web:/srv/data']],
      created: [],
      selection: ['mount:services:web:/srv/data'],
    });
    expect(studio.store.getState()).toMatchObject({ selection: ['mount:services:web:/srv/data'], selectionKey: key });
    expect(studio.text()).toContain('- data:/srv/data');
  });

  it('UI flags (explain, outline, data flow, keep layout) are Studio state, off at start', () => {
    const studio = createTestStudio({ text });
    expect(studio.store.getState().flags).toEqual({ explain: false, outline: false, dataFlow: false, keepLayout: false });
    studio.store.getState().toggleFlag('explain');
    studio.store.getState().setFlag('keepLayout', true);
    expect(studio.store.getState().flags).toEqual({ explain: true, outline: false, dataFlow: false, keepLayout: true });
    expect(createTestStudio({ text }).store.getState().flags.explain).toBe(false);
  });
});
