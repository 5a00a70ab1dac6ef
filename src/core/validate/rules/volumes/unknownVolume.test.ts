import { describe, expect, it } from 'vitest';
import { run } from './testing.ts';
import { unknownVolume } from './unknownVolume.ts';

const volumes = `volumes:\n  - name: data\n  - name: logs\n  - name: cache\n`;

describe('unknown-volume', () => {
  it('accepts host paths and defined volumes in every form', () => {
    const yaml = `services:
  - name: web
    image: nginx:1.27
    binds:
      - /etc/resolv.conf:/etc/resolv.conf
      - data:/data
    binds.add:
      - logs:/var/log:ro
    mounts:
      - type: bind
        source: cache
        destination: /cache
      - type: bind
        source: /tmp
        destination: /tmp
      - type: tmpfs
        source: scratch
        destination: /scratch
${volumes}`;
    expect(run(unknownVolume, yaml)).toEqual([]);
  });

  it('flags a bind source naming no volume, pointing at the source and listing the closest names', () => {
    const yaml = `onboot:\n  - name: app\n    image: alpine:3.20\n    binds:\n      - "dta:/data:ro"\n${volumes}`;
    const [d, ...rest] = run(unknownVolume, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'unknown-volume', severity: 'error', text: 'dta', target: 'mount:onboot:app:/data' });
    expect(d.message).toBe(
      'Volume `dta` used by this `binds` entry is not defined in `volumes:`; add it there or use one of: data, logs, cache.',
    );
    expect(d.fixes?.[0].command).toEqual({ type: 'addVolume', kind: 'blank', name: 'dta' });
  });

  it('flags binds.add entries and bind mounts', () => {
    const yaml = `services:
  - name: web
    image: nginx:1.27
    binds.add:
      - nope:/nope
    mounts:
      - type: bind
        source: missing
        destination: /m
`;
    const found = run(unknownVolume, yaml);
    expect(found.map((d) => [d.text, d.target])).toEqual([
      ['nope', 'mount:services:web:/nope'],
      ['missing', 'mount:services:web:/m'],
    ]);
    expect(found[0].message).toContain('absolute host path');
  });

  it('ignores non-bind mounts whatever their source', () => {
    const yaml = `onboot:\n  - name: a\n    image: alpine:3.20\n    mounts:\n      - type: proc\n        source: proc\n        destination: /proc\n`;
    expect(run(unknownVolume, yaml)).toEqual([]);
  });

  it('leaves a non-string source to the schema check', () => {
    const yaml = `onboot:\n  - name: a\n    image: alpine:3.20\n    mounts:\n      - type: bind\n        source: 5\n        destination: /x\n`;
    expect(run(unknownVolume, yaml)).toEqual([]);
  });

  it('explains a bind mount with no source', () => {
    const yaml = `onboot:\n  - name: a\n    image: alpine:3.20\n    mounts:\n      - type: bind\n        destination: /x\n`;
    const [d] = run(unknownVolume, yaml);
    expect(d.message).toContain('has no source');
    expect(d.text).toBe('type: bind\n        destination: /x');
    expect(d.fixes).toBeUndefined();
  });
});
