import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../analyze.ts';
import { diagnostic } from '../diagnostics/make.ts';
import { projectGraph } from './project.ts';
import type { ContainerNode, GraphNode, MountEdge, VolumeNode } from './types.ts';

const src = `kernel:
  image: linuxkit/kernel:6.6.13
  cmdline: "console=tty0"
init:
  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a
onboot:
  - name: format
    image: linuxkit/format:v1
    binds.add:
      - data:/data
  - name: mount
    image: linuxkit/mount:v1
services:
  - name: getty
    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0
    binds:
      - /etc/resolv.conf:/etc/resolv.conf
  - name: web # the web server
    image: nginx@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1
    capabilities:
      - CAP_NET_BIND_SERVICE
    net: host
    readonly: true
    binds:
      - config:/etc/nginx:ro
      - missing:/missing
    mounts:
      - type: bind
        source: data
        destination: /srv
        options: ["rw", "rbind"]
      - type: proc
    tmpfs:
      - /tmp:size=10m
onshutdown:
  - name: bye
    image: busybox:latest
volumes:
  - name: data
  - name: config
    image: example/config:1.0
    readonly: true
    platforms: [linux/amd64]
  - name: spare
`;

function node<T extends GraphNode['type']>(nodes: GraphNode[], id: string, type: T): Extract<GraphNode, { type: T }> {
  const found = nodes.find((n) => n.id === id);
  expect(found?.type).toBe(type);
  return found as Extract<GraphNode, { type: T }>;
}

describe('projectGraph', () => {
  const analysis = analyze(src);
  const graph = projectGraph(analysis);

  it('gives nodes the stable ids of DESIGN.md, kernel first, then containers, then volumes', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'kernel',
      'container:onboot:format',
      'container:onboot:mount',
      'container:services:getty',
      'container:services:web',
      'container:onshutdown:bye',
      'volume:data',
      'volume:config',
      'volume:spare',
    ]);
    expect(graph.lanes.map((l) => [l.section, l.containerIds.length])).toEqual([
      ['onboot', 2],
      ['services', 2],
      ['onshutdown', 1],
    ]);
  });

  it('draws mount edges from volume to container with the mount id, and sequence edges for onboot', () => {
    expect(graph.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['mount:onboot:format:/data', 'volume:data', 'container:onboot:format'],
      ['mount:services:web:/etc/nginx', 'volume:config', 'container:services:web'],
      ['mount:services:web:/srv', 'volume:data', 'container:services:web'],
      ['seq:onboot:0-1', 'container:onboot:format', 'container:onboot:mount'],
    ]);
    const srv = graph.edges.find((e) => e.id === 'mount:services:web:/srv') as MountEdge;
    expect(srv.data).toMatchObject({ destination: '/srv', readOnly: false, form: 'mounts', options: ['rw', 'rbind'] });
    const nginx = graph.edges.find((e) => e.id === 'mount:services:web:/etc/nginx') as MountEdge;
    expect(nginx.data).toMatchObject({ readOnly: true, form: 'binds', options: ['ro'] });
  });

  it('lists host paths, special mounts and undefined volumes inside the container', () => {
    const web = node(graph.nodes, 'container:services:web', 'container').data;
    expect(web.inlineMounts.map((m) => [m.source, m.destination, m.dangling])).toEqual([
      ['missing', '/missing', true],
      ['', '/proc', false],
    ]);
    expect(web).toMatchObject({
      section: 'services',
      index: 1,
      order: null,
      name: 'web',
      image: { short: 'nginx@sha256:4bcff63911fc' },
      tmpfs: ['/tmp:size=10m'],
      capabilities: ['CAP_NET_BIND_SERVICE'],
      net: 'host',
      pid: null,
      readonlyRoot: true,
      packageDefaults: null,
      bindsReplaceDefaults: false,
    });
    const getty = node(graph.nodes, 'container:services:getty', 'container').data;
    expect(getty.image).toEqual({
      full: 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0',
      short: 'linuxkit/getty:a86d74c8f89b',
    });
    expect(getty.inlineMounts.map((m) => m.source)).toEqual(['/etc/resolv.conf']);
  });

  it('attaches LinuxKit package defaults and says when binds: replaces them', () => {
    const getty = node(graph.nodes, 'container:services:getty', 'container').data;
    expect(getty.packageDefaults?.package).toBe('getty');
    expect(getty.packageDefaults?.config.binds?.length).toBeGreaterThan(0);
    expect(getty.bindsReplaceDefaults).toBe(true);
    const format = node(graph.nodes, 'container:onboot:format', 'container').data;
    expect(format.bindsReplaceDefaults).toBe(false); // binds.add keeps them
  });

  it('numbers onboot and onshutdown containers in run order', () => {
    const orders = graph.nodes.filter((n): n is ContainerNode => n.type === 'container').map((n) => n.data.order);
    expect(orders).toEqual([1, 2, null, null, 1]);
  });

  it('describes volumes and the kernel header', () => {
    const config = node(graph.nodes, 'volume:config', 'volume').data;
    expect(config).toMatchObject({
      name: 'config',
      kind: 'image',
      image: { full: 'example/config:1.0' },
      platforms: ['linux/amd64'],
      readonly: true,
      format: null,
      mountCount: 1,
    });
    expect(node(graph.nodes, 'volume:data', 'volume').data.mountCount).toBe(2);
    expect(node(graph.nodes, 'volume:spare', 'volume').data).toMatchObject({ kind: 'blank', mountCount: 0 });
    expect(node(graph.nodes, 'kernel', 'kernel').data).toMatchObject({
      image: { full: 'linuxkit/kernel:6.6.13' },
      cmdline: 'console=tty0',
      init: [{ short: 'linuxkit/init:b5506cc74a68' }],
    });
  });

  it('is deterministic', () => {
    expect(projectGraph(analyze(src))).toEqual(graph);
  });
});

describe('projectGraph diagnostics', () => {
  const base = analyze(src);
  const at = (needle: string) => {
    const start = src.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const analysis: Analysis = {
    ...base,
    diagnostics: [
      diagnostic('unknown-volume', 'Volume `missing` is not defined.', at('missing:/missing'), {
        target: 'mount:services:web:/missing',
      }),
      diagnostic('readonly-volume-mounted-rw', 'Mount it ro.', at('source: data'), { target: 'mount:services:web:/srv' }),
      diagnostic('unpinned-image', 'Pin a tag.', at('busybox:latest'), { target: 'container:onshutdown:bye' }),
      diagnostic('unused-volume', 'Mount it or remove it.', at('name: spare'), { target: 'volume:spare' }),
      // no target: found by span
      diagnostic('unknown-capability', 'Not a capability.', at('CAP_NET_BIND_SERVICE')),
      diagnostic('wrong-type', 'Use a string.', at('console=tty0')),
    ],
  };
  const graph = projectGraph(analysis);

  it('counts a container’s own and its mounts’ diagnostics on the container', () => {
    const web = node(graph.nodes, 'container:services:web', 'container').data;
    expect(web.counts).toEqual({ errors: 3, warnings: 0, infos: 0 });
    expect(web.diagnostics.map((d) => d.code).sort()).toEqual([
      'readonly-volume-mounted-rw',
      'unknown-capability',
      'unknown-volume',
    ]);
    const bye = node(graph.nodes, 'container:onshutdown:bye', 'container').data;
    expect(bye.counts).toEqual({ errors: 0, warnings: 0, infos: 1 });
    expect(node(graph.nodes, 'container:services:getty', 'container').data.counts.errors).toBe(0);
  });

  it('puts a mount’s diagnostic on its edge, volume and kernel diagnostics on their nodes', () => {
    const srv = graph.edges.find((e) => e.id === 'mount:services:web:/srv') as MountEdge;
    expect(srv.data.diagnostics.map((d) => d.code)).toEqual(['readonly-volume-mounted-rw']);
    expect(srv.data.counts.errors).toBe(1);
    const nginx = graph.edges.find((e) => e.id === 'mount:services:web:/etc/nginx') as MountEdge;
    expect(nginx.data.counts.errors).toBe(0);
    const spare = graph.nodes.find((n) => n.id === 'volume:spare') as VolumeNode;
    expect(spare.data.counts).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(node(graph.nodes, 'kernel', 'kernel').data.diagnostics.map((d) => d.code)).toEqual(['wrong-type']);
  });

  it('maps a parser diagnostic inside a container to that container', () => {
    const text = `services:\n  - name: web\n    image: nginx:1\n    image: nginx:2\n`;
    const g = projectGraph(analyze(text));
    const web = node(g.nodes, 'container:services:web', 'container').data;
    expect(web.diagnostics.map((d) => d.code)).toContain('duplicate-key');
  });
});

describe('projectGraph on odd shapes', () => {
  it.each([
    ['', 0],
    ['services: 5\nvolumes: nope\nkernel: x\n', 0],
    ['onboot: [1, "x", {name: a, image: b}]\n', 3],
    ['services:\n  - name: web\n    image: [1]\n    binds: {a: b}\n    capabilities: CAP_X\nvolumes: [{}, 3]\n', 1],
    ['x: &a {name: a}\nservices:\n  - *a\n  - name: b\n    binds: [":", "::::", "v:"]\nvolumes: [{name: v}]\n', 2],
  ])('%j projects without throwing', (text, containers) => {
    const graph = projectGraph(analyze(text));
    expect(graph.nodes.filter((n) => n.type === 'container')).toHaveLength(containers);
    expect(graph.lanes.map((l) => l.section)).toEqual(['onboot', 'services', 'onshutdown']);
  });

  it('shows nameless containers by index and leaves their name empty', () => {
    const graph = projectGraph(analyze('onboot:\n  - image: a:1\n  - image: b:1\n'));
    expect(graph.nodes.map((n) => n.id)).toEqual(['container:onboot:#0', 'container:onboot:#1']);
    expect(graph.edges.map((e) => e.id)).toEqual(['seq:onboot:0-1']);
    expect(node(graph.nodes, 'container:onboot:#0', 'container').data.name).toBe('');
  });
});
