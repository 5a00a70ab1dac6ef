import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { projectGraph } from '../core/graph/project.ts';
import { reorderCommand } from './reorder.ts';

const graph = projectGraph(
  analyze(`onboot:
  - name: a
    image: x:1
  - name: b
    image: x:1
services:
  - name: s1
    image: x:1
  - name: s2
    image: x:1
`),
);

describe('reorderCommand', () => {
  it('moves an onboot container to where it was dropped among its lane', () => {
    const positions = { 'container:onboot:a': { x: 0, y: 300 }, 'container:onboot:b': { x: 0, y: 100 } };
    expect(reorderCommand(graph, positions, 'container:onboot:a')).toEqual({
      type: 'moveContainer',
      containerId: 'container:onboot:a',
      toIndex: 1,
    });
  });

  it('does nothing when the order did not change', () => {
    const positions = { 'container:onboot:a': { x: 0, y: 100 }, 'container:onboot:b': { x: 0, y: 300 } };
    expect(reorderCommand(graph, positions, 'container:onboot:b')).toBeNull();
  });

  it('never reorders services: they start together', () => {
    const positions = { 'container:services:s1': { x: 0, y: 300 }, 'container:services:s2': { x: 0, y: 100 } };
    expect(reorderCommand(graph, positions, 'container:services:s1')).toBeNull();
  });

  it('in a build of several files, moves a container within its own file only', () => {
    const two = { lanes: [{ section: 'onboot' as const, containerIds: ['container:onboot:a', 'container:onboot:b', 'container:onboot:c'] }], nodes: [], edges: [] };
    const fileOf = (id: string) => (id === 'container:onboot:b' ? 'extra.yml' : 'base.yml');
    // c dropped above a: c and a are base.yml's, b is extra.yml's (the merge appends it after them)
    const positions = { 'container:onboot:a': { x: 0, y: 200 }, 'container:onboot:b': { x: 0, y: 0 }, 'container:onboot:c': { x: 0, y: 100 } };
    expect(reorderCommand(two, positions, 'container:onboot:c', fileOf)).toEqual({ type: 'moveContainer', containerId: 'container:onboot:c', toIndex: 0 });
    expect(reorderCommand(two, positions, 'container:onboot:b', fileOf)).toBeNull();
  });
});
