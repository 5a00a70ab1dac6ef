import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { autoLayout } from '../../core/graph/autoLayout.ts';
import { projectGraph } from '../../core/graph/project.ts';
import { ReuseUnchanged, sameShown } from './reuseUnchanged.ts';
import { flowEdges, flowNodes } from './toFlow.ts';
import type { StudioFlowEdge, StudioFlowNode } from './flowTypes.ts';

const config = (name: string, destination = '/data') => `kernel:
  image: linuxkit/kernel:6.6.71
init:
  - linuxkit/init:8eea386739975a43af558eec757a7dcb3a3d2e7b
onboot:
  - name: ${name}
    image: linuxkit/sysctl:v1.0.0
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:${destination}
      - missing:/broken
  - name: db
    image: redis:7.2
    binds:
      - data:/var/lib/redis
volumes:
  - name: data
`;

function project(text: string) {
  const graph = projectGraph(analyze(text));
  return { graph, positions: autoLayout(graph) };
}

describe('ReuseUnchanged', () => {
  it('keeps the node objects below a name typed longer, though their diagnostics moved in the text', () => {
    const before = project(config('sysctl'));
    const after = project(config('sysctl-x'));
    const reuse = new ReuseUnchanged<StudioFlowNode>();
    const first = reuse.reuse(flowNodes(before.graph, before.positions, new Set()));
    const second = reuse.reuse(flowNodes(after.graph, { ...before.positions, 'container:onboot:sysctl-x': { x: 0, y: 0 } }, new Set()));
    const byId = new Map(first.map((n) => [n.id, n]));
    // web has a dangling-bind error whose span moved by two characters
    expect(second.find((n) => n.id === 'container:services:web')).toBe(byId.get('container:services:web'));
    expect(second.find((n) => n.id === 'container:services:db')).toBe(byId.get('container:services:db'));
    expect(second.find((n) => n.id === 'volume:data')).toBe(byId.get('volume:data'));
    expect(second.some((n) => n.id === 'container:onboot:sysctl-x')).toBe(true);
  });

  it('replaces only the moved node (and the lane frames that follow it) when one position changes', () => {
    const { graph, positions } = project(config('sysctl'));
    const reuse = new ReuseUnchanged<StudioFlowNode>();
    const first = reuse.reuse(flowNodes(graph, positions, new Set()));
    const moved = { ...positions, 'container:services:db': { x: 999, y: 42 } };
    const second = reuse.reuse(flowNodes(graph, moved, new Set()));
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed.filter((id) => !id.startsWith('lane:'))).toEqual(['container:services:db']);
  });

  it('replaces a node whose shown content changed and an edge whose destination changed', () => {
    const before = project(config('sysctl'));
    const after = project(config('sysctl', '/srv'));
    const nodes = new ReuseUnchanged<StudioFlowNode>();
    const edges = new ReuseUnchanged<StudioFlowEdge>();
    const firstNodes = nodes.reuse(flowNodes(before.graph, before.positions, new Set()));
    const firstEdges = edges.reuse(flowEdges(before.graph, {}, new Set()));
    const secondNodes = nodes.reuse(flowNodes(after.graph, before.positions, new Set(['container:services:db'])));
    const secondEdges = edges.reuse(flowEdges(after.graph, {}, new Set()));
    const changedNodes = secondNodes.filter((n, i) => n !== firstNodes[i]).map((n) => n.id);
    expect(changedNodes).toEqual(['container:services:db']); // selected now
    expect(secondEdges.map((e) => e.id)).toContain('mount:services:web:/srv');
    expect(secondEdges.filter((e) => firstEdges.includes(e)).map((e) => e.id)).not.toContain('mount:services:web:/srv');
  });
});

describe('sameShown', () => {
  it('compares nested data deeply but ignores text spans', () => {
    const d = (start: number, message = 'Volume `x` is not defined') => ({ counts: { errors: 1 }, diagnostics: [{ code: 'unknown-volume', message, span: { start, end: start + 3 } }] });
    expect(sameShown(d(10), d(12))).toBe(true);
    expect(sameShown(d(10), d(10, 'other'))).toBe(false);
    expect(sameShown({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameShown({ a: null }, { a: {} })).toBe(false);
  });
});
