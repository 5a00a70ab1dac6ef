import { describe, expect, it } from 'vitest';
import { createUndoOrder } from './undoOrder.ts';

describe('undo order across files', () => {
  it('undoes the latest run first, then the file changed before it', () => {
    const order = createUndoOrder();
    order.changed('a.yml', 'edit', 1, 2);
    order.changed('a.yml', 'edit', 2, 3);
    order.changed('b.yml', 'edit', 1, 2);
    expect(order.undoFile()).toBe('b.yml');
    order.changed('b.yml', 'undo', 2, 1);
    expect(order.undoFile()).toBe('a.yml');
    expect(order.redoFile()).toBe('b.yml');
    order.changed('a.yml', 'undo', 3, 2);
    expect(order.undoFile()).toBe('a.yml'); // the run is not taken back whole yet
    order.changed('a.yml', 'undo', 2, 1);
    expect(order.undoFile()).toBeNull();
    expect(order.redoFile()).toBe('a.yml');
    order.changed('a.yml', 'redo', 1, 3);
    expect(order.redoFile()).toBe('b.yml');
    expect(order.undoFile()).toBe('a.yml');
  });

  it('forgets what can be redone on a new edit, and files that left the build', () => {
    const order = createUndoOrder();
    order.changed('a.yml', 'edit', 1, 2);
    order.changed('b.yml', 'edit', 1, 2);
    order.changed('b.yml', 'undo', 2, 1);
    order.changed('a.yml', 'edit', 2, 3);
    expect(order.redoFile()).toBeNull();
    order.keepOnly(['b.yml']);
    expect(order.undoFile()).toBeNull();
  });

  it('takes back a change of several files as one step, naming the other files of it', () => {
    const order = createUndoOrder();
    order.changed('a.yml', 'edit', 1, 2);
    // one quick fix: b.yml loses the volume, a.yml gains it
    order.changed('b.yml', 'edit', 1, 2, 7);
    order.changed('a.yml', 'edit', 2, 3, 7);
    expect(order.undoFile()).toBe('a.yml');
    expect(order.changed('a.yml', 'undo', 3, 2)).toEqual(['b.yml']);
    expect(order.changed('b.yml', 'undo', 2, 1)).toEqual([]);
    // the typing before it is a step of its own
    expect(order.undoFile()).toBe('a.yml');
    expect(order.redoFile()).toBe('b.yml');
    expect(order.changed('b.yml', 'redo', 1, 2)).toEqual(['a.yml']);
    expect(order.changed('a.yml', 'redo', 2, 3)).toEqual([]);
    expect(order.undoFile()).toBe('a.yml');
    expect(order.redoFile()).toBeNull();
  });

  it('does not join a grouped run with typing in the same file', () => {
    const order = createUndoOrder();
    order.changed('a.yml', 'edit', 1, 2, 3);
    order.changed('a.yml', 'edit', 2, 3);
    expect(order.changed('a.yml', 'undo', 3, 2)).toEqual([]);
    expect(order.undoFile()).toBe('a.yml');
  });
});
