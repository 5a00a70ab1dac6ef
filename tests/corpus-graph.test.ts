import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { autoLayout, findOverlaps, mergeLayout } from '../src/core/graph/layout.ts';
import { projectGraph } from '../src/core/graph/project.ts';
import type { Graph } from '../src/core/graph/types.ts';
import { loadCorpus } from './corpus.ts';

const corpus = loadCorpus();
const valid = corpus.filter((c) => c.valid);

/** Node ids, edge ids, and the ids of mounts listed inside container nodes. */
function elementIds(graph: Graph): Set<string> {
  const ids = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
  for (const n of graph.nodes) if (n.type === 'container') for (const m of n.data.inlineMounts) ids.add(m.mountId);
  return ids;
}

function checkGraph(graph: Graph): void {
  const nodeIds = graph.nodes.map((n) => n.id);
  const ids = [...nodeIds, ...graph.edges.map((e) => e.id)];
  expect(new Set(ids).size).toBe(ids.length);
  const known = new Set(nodeIds);
  for (const e of graph.edges) {
    expect(known.has(e.source), `${e.id} source ${e.source}`).toBe(true);
    expect(known.has(e.target), `${e.id} target ${e.target}`).toBe(true);
    if (e.type === 'mount') {
      expect(e.source.startsWith('volume:')).toBe(true);
      expect(e.target.startsWith('container:')).toBe(true);
    }
  }
}

describe('graph of the LinuxKit corpus', () => {
  it('has valid files to project', () => {
    expect(valid.length).toBeGreaterThan(100);
  });

  it.each(valid.map((c) => [c.file, c] as const))('%s projects and lays out without overlaps', (_file, entry) => {
    const analysis = analyze(entry.text);
    const graph = projectGraph(analysis);
    checkGraph(graph);
    expect(graph.nodes.filter((n) => n.type === 'container')).toHaveLength(analysis.parsed.model.containers.length);
    const positions = autoLayout(graph);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(findOverlaps(graph, positions)).toEqual([]);
  });

  it.each(corpus.map((c) => [c.file, c] as const))('%s: every diagnostic target is a graph element', (_f, entry) => {
    const analysis = analyze(entry.text);
    const ids = elementIds(projectGraph(analysis));
    const targets = analysis.diagnostics.flatMap((d) => (d.target === undefined ? [] : [d.target]));
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
  });

  it('draws the volume mounts of examples/volumes.yml', () => {
    const entry = valid.find((c) => c.file === 'examples_volumes.yml');
    const graph = projectGraph(analyze(entry?.text ?? ''));
    const mounts = graph.edges.filter((e) => e.type === 'mount').map((e) => `${e.source} -> ${e.id}`);
    expect(mounts).toEqual([
      'volume:blank -> mount:services:nginx:/blank',
      'volume:alpine -> mount:services:nginx:/alpine',
    ]);
  });
});

/** A config of `n` containers spread over the sections, with volumes shared by neighbours. */
function generatedConfig(n: number): string {
  const volumes = Math.ceil(n / 10);
  const container = (i: number) =>
    `  - name: c${i}\n    image: linuxkit/getty:v${i}\n    binds:\n      - v${i % volumes}:/data\n      - /etc/c${i}:/etc/c${i}\n` +
    (i % 3 === 0 ? `    capabilities: [CAP_NET_ADMIN, CAP_SYS_ADMIN, CAP_CHOWN]\n` : '');
  const ids = Array.from({ length: n }, (_, i) => i);
  const section = (name: string, list: number[]) => `${name}:\n${list.map(container).join('')}`;
  return [
    'kernel:\n  image: linuxkit/kernel:6.6.13\n  cmdline: "console=tty0"\ninit:\n  - linuxkit/init:v1\n',
    section('onboot', ids.filter((i) => i % 5 === 0)),
    section('services', ids.filter((i) => i % 5 !== 0 && i % 7 !== 0)),
    section('onshutdown', ids.filter((i) => i % 5 !== 0 && i % 7 === 0)),
    `volumes:\n${Array.from({ length: volumes + 5 }, (_, i) => `  - name: v${i}\n`).join('')}`,
  ].join('');
}

describe('a generated config of 1,000 containers', () => {
  const graph = projectGraph(analyze(generatedConfig(1000)));

  it('projects every container and mount', () => {
    checkGraph(graph);
    expect(graph.nodes.filter((n) => n.type === 'container')).toHaveLength(1000);
    expect(graph.edges.filter((e) => e.type === 'mount')).toHaveLength(1000);
  });

  it('lays out without overlaps', () => {
    expect(findOverlaps(graph, autoLayout(graph))).toEqual([]);
  });

  it('merges a layout where half the nodes are new without overlaps', () => {
    const full = autoLayout(graph);
    const half = Object.fromEntries(Object.entries(full).filter((_, i) => i % 2 === 0));
    const merged = mergeLayout(half, graph);
    expect(Object.keys(merged)).toHaveLength(graph.nodes.length);
    expect(findOverlaps(graph, merged)).toEqual([]);
  });
});
