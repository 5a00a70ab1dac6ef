import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { projectGraph } from '../graph/project.ts';
import { compareGraph } from './compareGraph.ts';
import { diffConfigs } from './diffConfigs.ts';

const BEFORE = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1
  - name: format
    image: linuxkit/format:v1
  - name: mount
    image: linuxkit/mount:v1
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data:ro
      - /etc/ssl:/etc/ssl
volumes:
  - name: data
  - name: old
`;

function compared(before: string, after: string) {
  const [a, b] = [analyze(before), analyze(after)];
  return compareGraph(projectGraph(a), projectGraph(b), diffConfigs(a.parsed.model, b.parsed.model));
}

describe('compareGraph', () => {
  it('marks added, removed and changed nodes and edges, and puts removed containers back at their place', () => {
    const after = BEFORE.replace('  - name: format\n    image: linuxkit/format:v1\n', '')
      .replace('data:/data:ro', 'data:/data')
      .replace('  - name: old\n', '  - name: logs\n')
      .replace('nginx:1.27', 'nginx:1.28');
    const { graph, states } = compared(BEFORE, after);
    expect(Object.fromEntries(states)).toEqual({
      'mount:services:web:/data': 'changed',
      'container:onboot:format': 'removed',
      'container:services:web': 'changed',
      'volume:logs': 'added',
      'volume:old': 'removed',
    });
    expect(graph.lanes[0].containerIds).toEqual(['container:onboot:sysctl', 'container:onboot:format', 'container:onboot:mount']);
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['container:onboot:format', 'volume:old', 'volume:logs']));
  });

  it('marks the container when a mount drawn inside it (a host bind) changes, and keeps removed mount edges', () => {
    const after = BEFORE.replace('      - /etc/ssl:/etc/ssl\n', '').replace('      - data:/data:ro\n', '');
    const { graph, states } = compared(BEFORE, after);
    expect(Object.fromEntries(states)).toEqual({ 'mount:services:web:/data': 'removed', 'container:services:web': 'changed' });
    expect(graph.edges.find((e) => e.id === 'mount:services:web:/data')).toMatchObject({ source: 'volume:data', target: 'container:services:web' });
  });

  it('is empty for the same config', () => {
    expect(compared(BEFORE, BEFORE).states.size).toBe(0);
  });
});
