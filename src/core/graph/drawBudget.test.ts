import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { DRAW_ALL_UP_TO, DRAWN_PER_LANE, drawnGraph } from './drawBudget.ts';
import { projectGraph } from './project.ts';

/** `services` services each binding `vol<i mod volumes>`, `onboot` onboot containers, `volumes` volumes. */
function config(services: number, onboot: number, volumes: number): string {
  const lines = ['kernel:', '  image: linuxkit/kernel:6.6.13', 'init:', '  - linuxkit/init:v1.0.0', 'onboot:'];
  for (let i = 0; i < onboot; i++) lines.push(`  - name: b${i}`, '    image: alpine:3.20');
  lines.push('services:');
  for (let i = 0; i < services; i++) lines.push(`  - name: s${i}`, '    image: alpine:3.20', '    binds:', `      - vol${i % volumes}:/data`);
  lines.push('volumes:');
  for (let i = 0; i < volumes; i++) lines.push(`  - name: vol${i}`);
  return lines.join('\n') + '\n';
}

describe('drawnGraph', () => {
  it('draws every node of a graph within the budget, as the same object', () => {
    const graph = projectGraph(analyze(config(40, 5, 3)));
    const drawn = drawnGraph(graph, new Set());
    expect(drawn.graph).toBe(graph);
    expect(drawn.notDrawn).toEqual({});
  });

  it('above the budget draws the first nodes of each lane, says how many it left out, and keeps only edges between drawn nodes', () => {
    const graph = projectGraph(analyze(config(DRAW_ALL_UP_TO + 500, 10, 400)));
    expect(graph.nodes.length).toBeGreaterThan(DRAW_ALL_UP_TO);
    const { graph: drawn, notDrawn } = drawnGraph(graph, new Set());
    const services = drawn.lanes.find((l) => l.section === 'services')!.containerIds;
    expect(services).toEqual(graph.lanes.find((l) => l.section === 'services')!.containerIds.slice(0, DRAWN_PER_LANE));
    expect(drawn.lanes.find((l) => l.section === 'onboot')!.containerIds).toHaveLength(10);
    expect(notDrawn).toEqual({ services: DRAW_ALL_UP_TO + 500 - DRAWN_PER_LANE, volumes: 400 - DRAWN_PER_LANE });
    expect(drawn.nodes.some((n) => n.type === 'kernel')).toBe(true);
    const ids = new Set(drawn.nodes.map((n) => n.id));
    expect(drawn.edges.length).toBeGreaterThan(0);
    for (const e of drawn.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // every edge between drawn nodes is still there
    expect(drawn.edges.length).toBe(graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).length);
  });

  it('draws a kept node (the selection) even past its lane budget, with its lane', () => {
    const graph = projectGraph(analyze(config(DRAW_ALL_UP_TO + 10, 0, 1)));
    const last = graph.lanes.find((l) => l.section === 'services')!.containerIds.at(-1)!;
    const { graph: drawn, notDrawn } = drawnGraph(graph, new Set([last]));
    expect(drawn.nodes.some((n) => n.id === last)).toBe(true);
    expect(drawn.lanes.find((l) => l.section === 'services')!.containerIds.at(-1)).toBe(last);
    expect(notDrawn.services).toBe(DRAW_ALL_UP_TO + 10 - DRAWN_PER_LANE - 1);
  });
});
