import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import {
  autoLayout,
  estimateNodeSize,
  findOverlaps,
  LAYOUT,
  laneFrames,
  layoutColumns,
  mergeLayout,
  mountPorts,
  placeNewNode,
  PORTS,
  type Positions,
} from './layout.ts';
import { projectGraph } from './project.ts';
import type { Graph } from './types.ts';

const src = `kernel:
  image: linuxkit/kernel:6.6.13
init:
  - linuxkit/init:v1
onboot:
  - name: format
    image: linuxkit/format:v1
    binds.add: [data:/data]
  - name: sysctl
    image: linuxkit/sysctl:v1
  - name: late
    image: alpine:3
    binds: [logs:/logs, cache:/cache]
services:
  - name: web
    image: nginx:1
    binds: [data:/srv, logs:/var/log, /etc/resolv.conf:/etc/resolv.conf]
    capabilities: [CAP_A, CAP_B, CAP_C]
  - name: db
    image: postgres:16
    binds: [data:/var/lib/db]
onshutdown:
  - name: bye
    image: busybox:1
volumes:
  - name: data
  - name: logs
  - name: cache
  - name: spare
`;

const graphOf = (text: string): Graph => projectGraph(analyze(text));

describe('autoLayout', () => {
  const graph = graphOf(src);
  const pos = autoLayout(graph);
  const size = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    if (!n) throw new Error(id);
    return estimateNodeSize(n);
  };

  it('positions every node, with no overlaps', () => {
    expect(Object.keys(pos).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(findOverlaps(graph, pos)).toEqual([]);
  });

  it('reads in boot order: onboot | kernel over volumes | services over onshutdown', () => {
    const kernel = pos.kernel;
    for (const v of ['data', 'logs', 'cache', 'spare']) {
      expect(pos[`volume:${v}`].y).toBeGreaterThanOrEqual(kernel.y + size('kernel').height);
      expect(pos[`volume:${v}`].x).toBe(kernel.x);
    }
    expect(pos['container:onboot:format'].x).toBeLessThan(pos['volume:data'].x);
    expect(pos['volume:data'].x).toBeLessThan(pos['container:services:web'].x);
    expect(pos['container:onshutdown:bye'].x).toBe(pos['container:services:web'].x);
    expect(pos['container:onshutdown:bye'].y).toBeGreaterThan(pos['container:services:db'].y + size('container:services:db').height);
    expect(layoutColumns().map((c) => c.key)).toEqual(['onboot', 'volumes', 'services', 'onshutdown']);
  });

  it('lets every mount edge enter its container on the side facing the volume, one port each, in the order of the volumes', () => {
    const ports = mountPorts(graph, pos);
    const mounts = graph.edges.filter((e) => e.type === 'mount');
    expect(ports.size).toBe(mounts.length);
    for (const e of mounts) {
      const port = ports.get(e.id);
      const towards = pos[e.source].x < pos[e.target].x ? 'left' : 'right';
      expect(port?.targetSide, e.id).toBe(towards);
      expect(port?.sourceSide, e.id).toBe(towards === 'left' ? 'right' : 'left');
      // the port lies on the container's side
      expect(port?.offsetY ?? Infinity).toBeLessThan(size(e.target).height);
    }
    // onboot containers face right (the volumes are right of them), services face left
    expect(ports.get('mount:onboot:format:/data')?.targetSide).toBe('right');
    expect(ports.get('mount:services:web:/srv')?.targetSide).toBe('left');
    // web mounts data and logs: distinct ports, top to bottom as their volumes
    const web = ['mount:services:web:/srv', 'mount:services:web:/var/log'].map((id) => ports.get(id)!);
    expect(new Set(web.map((p) => p.index)).size).toBe(2);
    const upper = pos['volume:data'].y < pos['volume:logs'].y ? 0 : 1;
    expect(web[0].index).toBe(upper);
    expect(Math.abs(web[0].offsetY - web[1].offsetY)).toBe(PORTS.pitch);
  });

  it('stacks each lane in list order', () => {
    const ys = ['format', 'sysctl', 'late'].map((n) => pos[`container:onboot:${n}`].y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(pos['container:services:db'].y).toBeGreaterThan(pos['container:services:web'].y);
  });

  it('places a volume near its mounting containers and unmounted volumes last', () => {
    const centre = (id: string) => pos[id].y + size(id).height / 2;
    // cache is mounted only by `late`, the lowest onboot container
    // (within one slot of the volume column: logs wants the same height)
    expect(Math.abs(centre('volume:cache') - centre('container:onboot:late'))).toBeLessThan(size('volume:cache').height + LAYOUT.rowGap);
    const volumeBottoms = ['data', 'logs', 'cache'].map((v) => pos[`volume:${v}`].y);
    for (const y of volumeBottoms) expect(pos['volume:spare'].y).toBeGreaterThan(y);
  });

  it('grows container boxes with their lists', () => {
    expect(size('container:services:web').height).toBeGreaterThan(size('container:services:db').height);
  });

  it('has no overlaps when many volumes want the same spot', () => {
    const volumes = Array.from({ length: 30 }, (_, i) => `  - name: v${i}`).join('\n');
    const binds = Array.from({ length: 30 }, (_, i) => `v${i}:/m${i}`).join(', ');
    const g = graphOf(`services:\n  - name: a\n    image: x:1\n    binds: [${binds}]\nvolumes:\n${volumes}\n`);
    const p = autoLayout(g);
    expect(findOverlaps(g, p)).toEqual([]);
  });

  it('gives lane frames that contain their containers', () => {
    const frames = laneFrames(graph, pos);
    expect(frames.map((f) => f.key)).toEqual(['onboot', 'volumes', 'services', 'onshutdown']);
    // onshutdown follows services in time: its lane sits below theirs, without overlapping
    const services = frames[2];
    expect(frames[3].y).toBeGreaterThan(services.y + services.height);
    for (const lane of graph.lanes) {
      const f = frames.find((x) => x.key === lane.section);
      for (const id of lane.containerIds) {
        const s = size(id);
        expect(pos[id].x).toBeGreaterThanOrEqual(f?.x ?? Infinity);
        expect(pos[id].x + s.width).toBeLessThanOrEqual((f?.x ?? 0) + (f?.width ?? 0));
        expect(pos[id].y + s.height).toBeLessThanOrEqual((f?.y ?? 0) + (f?.height ?? 0));
      }
    }
  });

  it('lays out an empty config', () => {
    const g = graphOf('');
    expect(autoLayout(g)).toEqual({});
  });
});

describe('placeNewNode', () => {
  const graph = graphOf(src);
  const pos = autoLayout(graph);
  const size = (id: string) => estimateNodeSize(graph.nodes.find((x) => x.id === id)!);

  it('centres a dropped node at the pointer, inside its lane', () => {
    const { 'container:services:db': _, ...without } = pos;
    const s = size('container:services:db');
    const frame = laneFrames(graph, without).find((f) => f.key === 'services')!;
    const at = { x: frame.x + frame.width / 2 + 3, y: 5000 };
    const placed = placeNewNode(graph, without, 'container:services:db', at)['container:services:db'];
    expect(placed.y + s.height / 2).toBeCloseTo(at.y, 0);
    expect(placed.x).toBeGreaterThanOrEqual(frame.x);
    expect(placed.x + s.width).toBeLessThanOrEqual(frame.x + frame.width);
  });

  it('pulls a node dropped outside its lane into it', () => {
    const { 'volume:spare': _, ...without } = pos;
    const frame = laneFrames(graph, without).find((f) => f.key === 'volumes')!;
    const placed = placeNewNode(graph, without, 'volume:spare', { x: -900, y: -900 })['volume:spare'];
    expect(placed.x).toBeGreaterThanOrEqual(frame.x);
    expect(placed.x + size('volume:spare').width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(placed.y).toBeGreaterThanOrEqual(frame.y);
  });

  it('nudges a node dropped on top of another to a free spot nearby, moving nothing else', () => {
    const { 'volume:spare': _, ...without } = pos;
    const drop = { x: pos['volume:data'].x + 100, y: pos['volume:data'].y + 20 };
    const placed = placeNewNode(graph, without, 'volume:spare', drop);
    expect(findOverlaps(graph, placed)).toEqual([]);
    const p = placed['volume:spare'];
    expect(Math.hypot(p.x - drop.x, p.y - drop.y)).toBeLessThan(800);
    for (const id of Object.keys(without)) expect(placed[id]).toEqual(without[id]);
  });

  it('without a drop point, puts a container below its predecessor', () => {
    const { 'container:services:db': _, ...without } = pos;
    const placed = placeNewNode(graph, without, 'container:services:db');
    expect(placed['container:services:db'].x).toBe(pos['container:services:web'].x);
    expect(placed['container:services:db'].y).toBeGreaterThan(pos['container:services:web'].y);
    expect(findOverlaps(graph, placed)).toEqual([]);
  });

  it('ignores an id that is not in the graph', () => {
    expect(placeNewNode(graph, pos, 'container:services:nope')).toBe(pos);
  });
});

describe('mergeLayout', () => {
  it('keeps moved nodes where the user put them and places only new ones', () => {
    const before = graphOf(src);
    const moved: Positions = { ...autoLayout(before), 'container:services:web': { x: 2000, y: 900 } };
    const after = graphOf(
      src.replace('onshutdown:', '  - name: cache\n    image: redis:7\n    binds: [cache:/data]\nonshutdown:') +
        '  - name: fresh\n',
    );
    const merged = mergeLayout(moved, after);
    expect(merged['container:services:web']).toEqual({ x: 2000, y: 900 });
    expect(merged['container:onboot:format']).toEqual(moved['container:onboot:format']);
    expect(merged['container:services:cache']).toBeDefined();
    expect(merged['volume:fresh']).toBeDefined();
    expect(Object.keys(merged).sort()).toEqual(after.nodes.map((n) => n.id).sort());
    expect(findOverlaps(after, merged)).toEqual([]);
  });

  it('drops ids that left the graph and lays out from scratch when nothing is known', () => {
    const graph = graphOf(src);
    expect(mergeLayout({ 'container:services:gone': { x: 1, y: 1 } }, graph)).toEqual(autoLayout(graph));
  });
});
