import { describe, expect, it } from 'vitest';
import { COMMENTED, lineChanges, ok, refused } from './testing.ts';

describe('connect', () => {
  it('adds a `binds:` key after the last key of a container without mounts (read-only volume gives :ro)', () => {
    const r = ok(COMMENTED, { type: 'connect', volumeId: 'volume:logs', containerId: 'container:onboot:sysctl' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({ removed: [], added: ['    binds:\n', '      - logs:/logs:ro\n'] });
    expect(r.text).toBe(
      COMMENTED.replace(
        '    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n',
        '    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n    binds:\n      - logs:/logs:ro\n',
      ),
    );
    expect(r.selectId).toBe('mount:onboot:sysctl:/logs');
    expect(r.model.mounts.find((m) => m.id === r.selectId)).toMatchObject({ volume: 'logs', destination: '/logs', readOnly: true, form: 'binds' });
  });

  it('appends to an existing binds.add list, after its comment', () => {
    const r = ok(COMMENTED, { type: 'connect', volumeId: 'volume:cache', containerId: 'container:services:getty', readOnly: true });
    expect(r.text).toBe(COMMENTED.replace('      - /var/tmp:/var/tmp\n', '      - /var/tmp:/var/tmp\n      - cache:/cache:ro\n'));
  });

  it('appends to a flow list inside the brackets', () => {
    const r = ok(COMMENTED, { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:web', destination: '/data' });
    expect(r.text).toBe(COMMENTED.replace('"logs:/var/log/nginx:ro"]', '"logs:/var/log/nginx:ro", data:/data]'));
    expect(r.editCount).toBe(1);
  });

  it('writes a `mounts` entry with rbind and ro/rw options', () => {
    const r = ok(COMMENTED, { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:web', destination: '/d2', form: 'mounts' });
    expect(r.text).toBe(
      COMMENTED.replace(
        '        options: ["rbind", "rw"]\n',
        '        options: ["rbind", "rw"]\n      - type: bind\n        source: data\n        destination: /d2\n        options: [rbind, rw]\n',
      ),
    );
    expect(r.model.mounts.find((m) => m.id === 'mount:services:web:/d2')).toMatchObject({ form: 'mounts', volume: 'data', readOnly: false });
  });

  it('uses binds.add for a LinuxKit package with default binds, binds for other images', () => {
    const text = 'services:\n  - name: getty\n    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0\n  - name: web\n    image: nginx:1.27\nvolumes:\n  - name: data\n';
    expect(ok(text, { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:getty' }).text).toContain(
      'e0\n    binds.add:\n      - data:/data\n  - name: web',
    );
    expect(ok(text, { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:web' }).text).toContain(
      'nginx:1.27\n    binds:\n      - data:/data\nvolumes:',
    );
  });

  it('refuses a destination the container already uses, and bad paths', () => {
    expect(
      refused(COMMENTED, { type: 'connect', volumeId: 'volume:logs', containerId: 'container:services:web', destination: '/srv/data' }),
    ).toBe('`web` already mounts volume `data` at `/srv/data`; choose another mount path.');
    expect(refused(COMMENTED, { type: 'connect', volumeId: 'volume:logs', containerId: 'container:services:web', destination: 'rel' })).toContain(
      'absolute',
    );
  });

  it('refuses unknown ids', () => {
    expect(refused(COMMENTED, { type: 'connect', volumeId: 'volume:nope', containerId: 'container:services:web' })).toContain('volume:nope');
    expect(refused(COMMENTED, { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:nope' })).toContain(
      'container:services:nope',
    );
  });

  it('mounts a volume another file of the build declares, read-only when it is', () => {
    const text = 'services:\n  - name: web\n    image: nginx:1.27\n';
    const r = ok(text, { type: 'connect', volumeId: 'volume:shared', containerId: 'container:services:web', volume: { name: 'shared', readonly: true } });
    expect(r.text).toBe('services:\n  - name: web\n    image: nginx:1.27\n    binds:\n      - shared:/shared:ro\n');
    expect(r.selectId).toBe('mount:services:web:/shared');
  });
});
