import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

const src = `kernel:
  image: linuxkit/kernel:6.6.13
  cmdline: "console=tty0"
init:
  - linuxkit/init:v1.0.0
onboot:
  - name: format
    image: linuxkit/format:v1
    binds.add:
      - data:/data
services:
  - name: web # the web server
    image: nginx:1.25
    binds:
      - /etc/resolv.conf:/etc/resolv.conf
      - config:/etc/nginx:ro
    mounts:
      - type: bind
        source: data
        destination: /srv
        options: ["rw", "rbind"]
      - type: proc
    tmpfs:
      - /tmp:size=10m
volumes:
  - name: data
  - name: config
    image: example/config:1.0
    readonly: true
`;

describe('buildModel', () => {
  const { parsed, diagnostics } = analyze(src);
  const m = parsed.model;

  it('reads kernel, init and containers by section with stable ids', () => {
    expect(diagnostics.filter((d) => d.code === 'yaml-syntax')).toEqual([]);
    expect(m.kernel?.image).toBe('linuxkit/kernel:6.6.13');
    expect(m.init.map((i) => i.value)).toEqual(['linuxkit/init:v1.0.0']);
    expect(m.containers.map((c) => c.id)).toEqual(['container:onboot:format', 'container:services:web']);
    expect(m.containers[1].tmpfs.map((t) => t.value)).toEqual(['/tmp:size=10m']);
  });

  it('keeps source spans of containers', () => {
    const web = m.containers[1];
    expect(src.slice(web.span.start, web.span.end)).toMatch(/^name: web # the web server\n/);
    expect(src.slice(web.fields.image.valueSpan.start, web.fields.image.valueSpan.end)).toBe('nginx:1.25');
  });

  it('makes every bind, binds.add entry and bind mount a mount', () => {
    expect(
      m.mounts.map((x) => [x.id, x.form, x.sourceKind, x.volume ?? null, x.destination, x.readOnly]),
    ).toEqual([
      ['mount:onboot:format:/data', 'binds.add', 'volume', 'data', '/data', false],
      ['mount:services:web:/etc/resolv.conf', 'binds', 'host', null, '/etc/resolv.conf', false],
      ['mount:services:web:/etc/nginx', 'binds', 'volume', 'config', '/etc/nginx', true],
      ['mount:services:web:/srv', 'mounts', 'volume', 'data', '/srv', false],
      ['mount:services:web:/proc', 'mounts', 'special', null, '/proc', false],
    ]);
    const bind = m.mounts[2];
    expect(src.slice(bind.span.start, bind.span.end)).toBe('config:/etc/nginx:ro');
  });

  it('reads volumes with their kind', () => {
    expect(m.volumes.map((v) => [v.id, v.kind, v.readonly])).toEqual([
      ['volume:data', 'blank', false],
      ['volume:config', 'image', true],
    ]);
  });

  it('disambiguates duplicate names in ids', () => {
    const { parsed: p } = analyze('onboot:\n  - name: a\n    image: x\n  - name: a\n    image: y\n  - image: z\n');
    expect(p.model.containers.map((c) => c.id)).toEqual([
      'container:onboot:a',
      'container:onboot:a#2',
      'container:onboot:#2',
    ]);
  });

  it('tolerates any shape without throwing', () => {
    for (const text of ['', '# only\n', '[1, 2]', 'services: 3', 'services: [1, [2]]', 'volumes: {a: 1}', 'onboot:\n  - binds: 7\n']) {
      expect(() => analyze(text)).not.toThrow();
    }
  });
});
