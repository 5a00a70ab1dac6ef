import { describe, expect, it } from 'vitest';
import { createStudioStore } from './store.ts';

const text = `services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data
volumes:
  - name: data
`;

describe('the store runs commands with their effects', () => {
  it('a rename moves the node position and the selection with it, keeping the selection key', () => {
    const store = createStudioStore({ text, positions: { 'container:services:web': { x: 7, y: 9 } } });
    store.getState().setSelection(['container:services:web']);
    const key = store.getState().selectionKey;
    const result = store.getState().runCommand({ type: 'renameContainer', containerId: 'container:services:web', newName: 'www' });
    expect(result.ok && result.effects.renamed).toEqual([['container:services:web', 'container:services:www']]);
    const state = store.getState();
    expect(state.positions['container:services:www']).toEqual({ x: 7, y: 9 });
    expect(state.positions['container:services:web']).toBeUndefined();
    expect(state.selection).toEqual(['container:services:www']);
    expect(state.selectionKey).toBe(key);
  });

  it('a created element dropped on the canvas is placed there and selected, under a new selection key', () => {
    const store = createStudioStore({ text });
    const key = store.getState().selectionKey;
    store.getState().runCommand({ type: 'addVolume', kind: 'blank', name: 'logs' }, { at: { x: 2400, y: 1800 } });
    const state = store.getState();
    expect(state.selection).toEqual(['volume:logs']);
    expect(state.selectionKey).not.toBe(key);
    const undropped = createStudioStore({ text });
    undropped.getState().runCommand({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(state.positions['volume:logs']).not.toEqual(undropped.getState().positions['volume:logs']);
  });

  it('a mount made with keepSelection leaves the selection and its key as they were', () => {
    const store = createStudioStore({ text: `${text}  - name: logs\n` });
    store.getState().setSelection(['volume:logs']);
    const key = store.getState().selectionKey;
    const command = { type: 'connect', volumeId: 'volume:logs', containerId: 'container:services:web', destination: '/logs', readOnly: false } as const;
    const result = store.getState().runCommand(command, { keepSelection: true });
    expect(result.ok && result.selectId).toBe('mount:services:web:/logs');
    expect(store.getState().selection).toEqual(['volume:logs']);
    expect(store.getState().selectionKey).toBe(key);
    // without it, the new mount is selected
    store.getState().runCommand({ ...command, destination: '/logs2' });
    expect(store.getState().selection).toEqual(['mount:services:web:/logs2']);
  });

  it('several commands as one step collect their renames: the layout follows each', () => {
    const store = createStudioStore({ text, positions: { 'volume:data': { x: 1, y: 2 } } });
    const result = store.getState().runCommands([
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
    const store = createStudioStore({ text });
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
    const store = createStudioStore({ text, positions: { 'volume:data': { x: 1, y: 2 } } });
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
    const store = createStudioStore({ text: cr });
    store.getState().editorChanged(text.replace('name: web', 'name: www'));
    expect(store.getState().text).toBe(cr.replace('name: web', 'name: www'));
    // the editor reporting the text it already holds changes nothing
    const version = store.getState().change.version;
    store.getState().editorChanged(text.replace('name: web', 'name: www'));
    expect(store.getState().change.version).toBe(version);
    const result = store.getState().runCommand({ type: 'addVolume', kind: 'blank', name: 'logs' });
    expect(result.ok).toBe(true);
    expect(store.getState().text).toContain('\r  - name: logs\r');
    expect(store.getState().text).not.toContain('\n');
  });

  it('undoing a CR file opened over an LF one gives the LF text back exactly, and redo the CR one', () => {
    const store = createStudioStore({ text });
    const other = text.replace('name: web', 'name: other');
    store.getState().load(other.replace(/\n/g, '\r'));
    // Monaco's undo: the editor holds the LF text again
    store.getState().editorChanged(text);
    expect(store.getState().text).toBe(text);
    // redo: the editor holds the CR file with LF breaks
    store.getState().editorChanged(other);
    expect(store.getState().text).toBe(other.replace(/\n/g, '\r'));
  });
});
