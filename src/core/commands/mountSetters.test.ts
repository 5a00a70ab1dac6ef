import { describe, expect, it } from 'vitest';
import { COMMENTED, lineChanges, ok, refused } from './testing.ts';

describe('setMountDestination', () => {
  it('rewrites the destination of a bind string in a flow list, keeping the rest', () => {
    const r = ok(COMMENTED, { type: 'setMountDestination', mountId: 'mount:services:web:/var/log/nginx', destination: '/logs' });
    expect(r.text).toBe(COMMENTED.replace('"logs:/var/log/nginx:ro"', '"logs:/logs:ro"'));
    expect(r.selectId).toBe('mount:services:web:/logs');
    expect(r.model.mounts.find((m) => m.id === r.selectId)?.readOnly).toBe(true);
  });

  it('rewrites the destination key of a mounts entry', () => {
    const r = ok(COMMENTED, { type: 'setMountDestination', mountId: 'mount:services:web:/cache', destination: '/var/cache' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({ removed: ['        destination: /cache\n'], added: ['        destination: /var/cache\n'] });
  });

  it('refuses a destination used by another mount of the container', () => {
    expect(refused(COMMENTED, { type: 'setMountDestination', mountId: 'mount:services:web:/cache', destination: '/srv/data' })).toContain(
      'already mounts',
    );
  });
});

describe('setMountReadOnly', () => {
  it('adds :ro to a bind and keeps its trailing comment', () => {
    const r = ok(COMMENTED, { type: 'setMountReadOnly', mountId: 'mount:onboot:format:/data', readOnly: true });
    expect(r.text).toBe(COMMENTED.replace('- data:/data # the data disk', '- data:/data:ro # the data disk'));
    expect(r.model.mounts.find((m) => m.id === 'mount:onboot:format:/data')?.readOnly).toBe(true);
  });

  it('flips only the rw item of a mounts entry, in its quotes', () => {
    const r = ok(COMMENTED, { type: 'setMountReadOnly', mountId: 'mount:services:web:/cache', readOnly: true });
    expect(r.text).toBe(COMMENTED.replace('options: ["rbind", "rw"]', 'options: ["rbind", "ro"]'));
  });

  it('drops :ro to make a bind writable', () => {
    const text = 'services:\n  - name: a\n    image: b:1\n    binds:\n      - "data:/data:ro"\nvolumes:\n  - name: data\n';
    expect(ok(text, { type: 'setMountReadOnly', mountId: 'mount:services:a:/data', readOnly: false }).text).toBe(
      text.replace('"data:/data:ro"', '"data:/data"'),
    );
  });

  it('refuses to make the mount of a read-only volume writable', () => {
    expect(refused(COMMENTED, { type: 'setMountReadOnly', mountId: 'mount:services:web:/var/log/nginx', readOnly: false })).toContain(
      'Volume `logs` is read-only',
    );
  });
});

describe('setMountOptions', () => {
  it('replaces the option part of a bind', () => {
    const r = ok(COMMENTED, { type: 'setMountOptions', mountId: 'mount:onboot:format:/data', options: ['ro', 'nosuid'] });
    expect(r.text).toBe(COMMENTED.replace('- data:/data # the data disk', '- data:/data:ro,nosuid # the data disk'));
  });

  it('rewrites a mounts entry options list in the quotes it used', () => {
    const r = ok(COMMENTED, { type: 'setMountOptions', mountId: 'mount:services:web:/cache', options: ['rbind', 'ro', 'nosuid'] });
    expect(r.text).toBe(COMMENTED.replace('options: ["rbind", "rw"]', 'options: ["rbind", "ro", "nosuid"]'));
  });
});

describe('setMountForm', () => {
  it('moves a bind to a new mounts list in place of the emptied binds key', () => {
    const r = ok(COMMENTED, { type: 'setMountForm', mountId: 'mount:onboot:format:/data', form: 'mounts' });
    expect(r.text).toBe(
      COMMENTED.replace(
        '    binds:\n      - data:/data # the data disk\n',
        '    mounts:\n      - type: bind\n        source: data\n        destination: /data\n        options: [rbind, rw]\n',
      ),
    );
    expect(r.model.mounts.find((m) => m.id === 'mount:onboot:format:/data')).toMatchObject({ form: 'mounts', volume: 'data' });
  });

  it('moves a mounts entry into an existing flow binds list', () => {
    const r = ok(COMMENTED, { type: 'setMountForm', mountId: 'mount:services:web:/cache', form: 'binds' });
    expect(r.text).toBe(
      COMMENTED.replace(
        '    binds: [data:/srv/data, "logs:/var/log/nginx:ro"]\n    mounts:\n      - type: bind\n        source: cache\n        destination: /cache\n        options: ["rbind", "rw"]\n',
        '    binds: [data:/srv/data, "logs:/var/log/nginx:ro", cache:/cache]\n',
      ),
    );
  });

  it('moves a bind from binds to binds.add', () => {
    const r = ok(COMMENTED, { type: 'setMountForm', mountId: 'mount:services:web:/var/log/nginx', form: 'binds.add' });
    expect(r.text).toBe(
      COMMENTED.replace('    binds: [data:/srv/data, "logs:/var/log/nginx:ro"]\n', '    binds: [data:/srv/data]\n').replace(
        '        options: ["rbind", "rw"]\n',
        '        options: ["rbind", "rw"]\n    binds.add:\n      - logs:/var/log/nginx:ro\n',
      ),
    );
  });
});

describe('removeMount', () => {
  it('removes the list key with its comments when the last bind goes', () => {
    const r = ok(COMMENTED, { type: 'removeMount', mountId: 'mount:services:getty:/var/tmp' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({
      removed: ['    binds.add:\n', '      # keeps the package defaults\n', '      - /var/tmp:/var/tmp\n'],
      added: [],
    });
  });

  it('removes one item of a flow list with its separator', () => {
    const first = ok(COMMENTED, { type: 'removeMount', mountId: 'mount:services:web:/srv/data' });
    expect(first.text).toBe(COMMENTED.replace('[data:/srv/data, "logs', '["logs'));
    const last = ok(COMMENTED, { type: 'removeMount', mountId: 'mount:services:web:/var/log/nginx' });
    expect(last.text).toBe(COMMENTED.replace('[data:/srv/data, "logs:/var/log/nginx:ro"]', '[data:/srv/data]'));
  });

  it('refuses an unknown mount id', () => {
    expect(refused(COMMENTED, { type: 'removeMount', mountId: 'mount:services:web:/nope' })).toContain('mount:services:web:/nope');
  });
});
