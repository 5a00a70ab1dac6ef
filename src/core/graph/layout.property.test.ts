import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { autoLayout, findOverlaps, mergeLayout, placeNewNode } from './layout.ts';
import { projectGraph } from './project.ts';

const containerArb = fc.record({
  binds: fc.array(fc.oneof(fc.nat(6).map((v) => `v${v}`), fc.constant('/host')), { maxLength: 5 }),
  caps: fc.nat(7),
  tmpfs: fc.nat(3),
  net: fc.boolean(),
});

const configArb = fc.record({
  onboot: fc.array(containerArb, { maxLength: 6 }),
  services: fc.array(containerArb, { maxLength: 8 }),
  onshutdown: fc.array(containerArb, { maxLength: 3 }),
  volumes: fc.array(fc.record({ image: fc.boolean(), platforms: fc.boolean() }), { maxLength: 6 }),
  kernel: fc.boolean(),
});

type Config = typeof configArb extends fc.Arbitrary<infer T> ? T : never;

/** YAML text for a generated config: binds to v0..v6 may name volumes that do not exist. */
function toYaml(c: Config): string {
  const container = (section: string) => (k: Config['services'][number], i: number) =>
    [
      `  - name: ${section}${i}`,
      `    image: linuxkit/getty:v${i}`,
      k.binds.length > 0 ? `    binds:\n${k.binds.map((b, j) => `      - ${b}:/m${j}`).join('\n')}` : '',
      k.caps > 0 ? `    capabilities: [${Array.from({ length: k.caps }, (_, j) => `CAP_${j}`).join(', ')}]` : '',
      k.tmpfs > 0 ? `    tmpfs: [${Array.from({ length: k.tmpfs }, (_, j) => `/t${j}`).join(', ')}]` : '',
      k.net ? '    net: host' : '',
    ]
      .filter(Boolean)
      .join('\n');
  const section = (name: 'onboot' | 'services' | 'onshutdown') =>
    c[name].length > 0 ? `${name}:\n${c[name].map(container(name)).join('\n')}` : '';
  const volumes = c.volumes.map(
    (v, i) => `  - name: v${i}${v.image ? '\n    image: alpine:3' : ''}${v.platforms ? '\n    platforms: [linux/amd64]' : ''}`,
  );
  return [
    c.kernel ? 'kernel:\n  image: linuxkit/kernel:6.6\ninit:\n  - linuxkit/init:v1' : '',
    section('onboot'),
    section('services'),
    section('onshutdown'),
    volumes.length > 0 ? `volumes:\n${volumes.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

describe('layout of generated configs', () => {
  it('auto-layout never overlaps', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const graph = projectGraph(analyze(toYaml(c)));
        expect(findOverlaps(graph, autoLayout(graph))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('merging and dropping place new nodes on free space', () => {
    fc.assert(
      fc.property(configArb, fc.array(fc.boolean()), fc.integer({ min: -500, max: 2000 }), (c, keep, drop) => {
        const graph = projectGraph(analyze(toYaml(c)));
        const full = autoLayout(graph);
        const kept = Object.fromEntries(Object.entries(full).filter((_, i) => keep[i] ?? true));
        const merged = mergeLayout(kept, graph);
        expect(Object.keys(merged).length).toBe(graph.nodes.length);
        expect(findOverlaps(graph, merged)).toEqual([]);
        const last = graph.nodes.at(-1);
        if (!last) return;
        const { [last.id]: _, ...without } = merged;
        const placed = placeNewNode(graph, without, last.id, { x: drop, y: drop / 2 });
        expect(findOverlaps(graph, placed)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
