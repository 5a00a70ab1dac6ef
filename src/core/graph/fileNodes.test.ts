import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../tests/corpus.ts';
import { analyze } from '../analyze.ts';
import { outlineOf } from '../model/outline.ts';
import { autoLayout, estimateNodeSize, findOverlaps, laneFrames, mountPorts } from './layout.ts';
import { projectGraph } from './project.ts';
import type { FileBindEdge, FileNode, Graph } from './types.ts';

const corpus = (file: string) => readFileSync(join(CORPUS_DIR, file), 'utf8');
const graphOf = (text: string) => projectGraph(analyze(text));
const files = (g: Graph) => g.nodes.filter((n): n is FileNode => n.type === 'file');
const fileBinds = (g: Graph) => g.edges.filter((e): e is FileBindEdge => e.type === 'file-bind');
const edge = (g: Graph, file: string, container: string) => fileBinds(g).find((e) => e.source === file && e.target === container);

describe('files in the graph', () => {
  it('sshd: the authorized_keys entry (source, mode, optional) reaches sshd through its binds.add of the parent folder', () => {
    const g = graphOf(corpus('examples_sshd.yml'));
    expect(files(g).map((f) => f.data)).toEqual([
      expect.objectContaining({
        path: 'root/.ssh/authorized_keys',
        hostPath: '/root/.ssh/authorized_keys',
        kind: 'source',
        mode: '0600',
        modeDefault: false,
        detail: '~/.ssh/id_rsa.pub',
        optional: true,
      }),
    ]);
    expect(fileBinds(g).map((e) => [e.id, e.data])).toEqual([
      [
        'file-bind:file:root/.ssh/authorized_keys>container:services:sshd',
        { bindSource: '/root/.ssh', destination: '/root/.ssh/authorized_keys', readOnly: false, origin: 'config' },
      ],
    ]);
    expect(files(g)[0].data.readers).toEqual([
      { containerId: 'container:services:sshd', containerName: 'sshd', destination: '/root/.ssh/authorized_keys', readOnly: false },
    ]);
    // getty binds /etc and rngd nothing: no other container sees /root
    const sshd = g.nodes.find((n) => n.id === 'container:services:sshd');
    expect(sshd?.type === 'container' && sshd.data.fileBinds).toBe(1);
  });

  it("getty: the package's default bind of /etc shows /etc/getty.shadow at /hostroot/etc", () => {
    const g = graphOf(corpus('examples_getty.yml'));
    expect(files(g).map((f) => [f.id, f.data.kind, f.data.mode, f.data.modeDefault])).toEqual([
      ['file:etc/getty.shadow', 'contents', '0600', true],
    ]);
    expect(edge(g, 'file:etc/getty.shadow', 'container:services:getty')?.data).toEqual({
      bindSource: '/etc',
      destination: '/hostroot/etc/getty.shadow',
      readOnly: false,
      origin: 'image',
    });
    expect(fileBinds(g)).toHaveLength(1);
  });

  it('docker: a directory (default mode 0700) and a file bound by its exact path; the innermost bind wins', () => {
    const g = graphOf(corpus('examples_docker.yml'));
    expect(files(g).map((f) => [f.data.hostPath, f.data.kind, f.data.mode])).toEqual([
      ['/var/lib/docker', 'directory', '0700'],
      ['/etc/docker/daemon.json', 'contents', '0600'],
    ]);
    expect(edge(g, 'file:etc/docker/daemon.json', 'container:services:docker')?.data).toMatchObject({
      bindSource: '/etc/docker/daemon.json',
      destination: '/etc/docker/daemon.json',
      origin: 'config',
    });
    // the mount package binds / at /hostroot (its label): every file is under it
    expect(edge(g, 'file:etc/docker/daemon.json', 'container:onboot:mount')?.data.destination).toBe('/hostroot/etc/docker/daemon.json');
    expect(edge(g, 'file:var/lib/docker', 'container:onboot:mount')?.data).toMatchObject({ bindSource: '/var', destination: '/var/lib/docker' });
  });

  it('containerd-debug: metadata and a path written with a leading slash', () => {
    const g = graphOf(corpus('examples_containerd-debug.yml'));
    expect(files(g).map((f) => [f.id, f.data.hostPath, f.data.kind, f.data.detail])).toEqual([
      ['file:etc/linuxkit-config', '/etc/linuxkit-config', 'metadata', 'yaml'],
      ['file:/etc/containerd/runtime-config.toml', '/etc/containerd/runtime-config.toml', 'source', expect.any(String)],
    ]);
  });

  it('a bind mount of a folder, read-only, and binds that do not hold the file', () => {
    const g = graphOf(`services:
  - name: app
    image: alpine:3.20
    mounts:
      - type: bind
        source: /etc/app/
        destination: /config
        options: [rbind, ro]
  - name: other
    image: alpine:3.20
    binds:
      - /etc/application:/x
      - /etc/app/conf.d:/conf.d
files:
  - path: etc/app/app.conf
    contents: "x"
  - path: etc/link
    symlink: /etc/app
`);
    expect(fileBinds(g).map((e) => [e.source, e.target, e.data.destination, e.data.readOnly])).toEqual([
      ['file:etc/app/app.conf', 'container:services:app', '/config/app.conf', true],
    ]);
    expect(files(g)[1].data).toMatchObject({ kind: 'symlink', detail: '/etc/app', readers: [] });
  });

  it('an entry without path or anything to write is still shown, with its diagnostics', () => {
    const g = graphOf('files:\n  - mode: "0644"\n  - path: etc/empty\n');
    expect(files(g).map((f) => [f.id, f.data.kind, f.data.counts.errors])).toEqual([
      ['file:#0', null, 1],
      ['file:etc/empty', null, 1],
    ]);
  });

  it('every file entry is an element of the outline, so selecting it reveals its lines', () => {
    const text = corpus('examples_sshd.yml');
    const { elements } = outlineOf(analyze(text).parsed.model);
    const span = elements.find((e) => e.id === 'file:root/.ssh/authorized_keys')?.span;
    expect(span && text.slice(span.start, span.end)).toMatch(/^path: root\/\.ssh\/authorized_keys\n\s+source:/);
  });

  it('lays the files out in their own lane below the volumes, each edge at a port of its own on the side facing it', () => {
    const g = graphOf(corpus('examples_wireguard.yml'));
    const pos = autoLayout(g);
    expect(findOverlaps(g, pos)).toEqual([]);
    const frames = laneFrames(g, pos);
    const lane = frames.find((f) => f.key === 'files')!;
    const volumes = frames.find((f) => f.key === 'volumes')!;
    expect(lane.y).toBeGreaterThan(volumes.y + volumes.height);
    for (const f of files(g)) {
      expect(pos[f.id].x).toBe(volumes.x + 14);
      expect(pos[f.id].y).toBeGreaterThanOrEqual(lane.y);
      expect(pos[f.id].y + estimateNodeSize(f).height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    const ports = mountPorts(g, pos);
    for (const e of fileBinds(g)) {
      const side = e.target.startsWith('container:onboot:') ? 'right' : 'left';
      expect(ports.get(e.id)?.targetSide, e.id).toBe(side);
    }
    // the two onboot wireguard containers each take both files: two ports, apart
    expect(fileBinds(g).filter((e) => e.target === 'container:onboot:wg0').map((e) => ports.get(e.id)?.index)).toEqual([0, 1]);
  });

  it('a config without files has no files lane', () => {
    const g = graphOf(corpus('examples_minimal.yml'));
    expect(laneFrames(g, autoLayout(g)).map((f) => f.key)).toEqual(['onboot', 'volumes', 'services', 'onshutdown']);
  });
});
