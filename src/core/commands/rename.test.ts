import { describe, expect, it } from 'vitest';
import { COMMENTED, lineChanges, ok, refused } from './testing.ts';

describe('renameContainer', () => {
  it('renames and updates uid, gid and additionalGids in containers and files, one edit each', () => {
    const text = `services:
  - name: ntpd # time
    image: linuxkit/openntpd:v1
  - name: web
    image: nginx:1.27
    uid: ntpd
    gid: "ntpd"
    additionalGids: [ntpd, 100]
files:
  - path: etc/x
    contents: y
    uid: ntpd
`;
    const r = ok(text, { type: 'renameContainer', containerId: 'container:services:ntpd', newName: 'chrony' });
    expect(r.text).toBe(text.replace(/ntpd(?!:)/g, 'chrony'));
    expect(r.editCount).toBe(5);
    expect(r.selectId).toBe('container:services:chrony');
  });

  it('keeps references when another container still has the old name', () => {
    const text = 'onboot:\n  - name: a\n    image: x:1\nservices:\n  - name: a\n    image: x:1\n  - name: b\n    image: x:1\n    uid: a\n';
    const r = ok(text, { type: 'renameContainer', containerId: 'container:onboot:a', newName: 'c' });
    expect(lineChanges(text, r.text)).toEqual({ removed: ['  - name: a\n'], added: ['  - name: c\n'] });
  });

  it('refuses invalid, duplicate and unknown names', () => {
    expect(refused(COMMENTED, { type: 'renameContainer', containerId: 'container:services:getty', newName: 'web' })).toContain('already exists');
    expect(refused(COMMENTED, { type: 'renameContainer', containerId: 'container:services:getty', newName: 'a:b' })).toContain('not a valid');
    expect(refused(COMMENTED, { type: 'renameContainer', containerId: 'container:services:nope', newName: 'x' })).toContain('no container');
  });
});

describe('renameVolume', () => {
  it('updates binds, flow binds and bind mount sources', () => {
    const r = ok(COMMENTED, { type: 'renameVolume', volumeId: 'volume:data', newName: 'disk' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({
      removed: ['      - data:/data # the data disk\n', '    binds: [data:/srv/data, "logs:/var/log/nginx:ro"]\n', '  - name: data # the main volume\n'],
      added: ['      - disk:/data # the data disk\n', '    binds: [disk:/srv/data, "logs:/var/log/nginx:ro"]\n', '  - name: disk # the main volume\n'],
    });
    expect(r.editCount).toBe(3);
    const cache = ok(COMMENTED, { type: 'renameVolume', volumeId: 'volume:cache', newName: 'tmp' });
    expect(lineChanges(COMMENTED, cache.text).added).toEqual(['        source: tmp\n', '  - name: tmp\n']);
    expect(cache.model.mounts.find((m) => m.destination === '/cache')?.volume).toBe('tmp');
  });

  it('keeps a quoted bind quoted', () => {
    const r = ok(COMMENTED, { type: 'renameVolume', volumeId: 'volume:logs', newName: 'journal' });
    expect(r.text).toContain('"journal:/var/log/nginx:ro"');
  });

  it('refuses invalid and duplicate names', () => {
    expect(refused(COMMENTED, { type: 'renameVolume', volumeId: 'volume:data', newName: 'Disk' })).toContain('lowercase');
    expect(refused(COMMENTED, { type: 'renameVolume', volumeId: 'volume:data', newName: 'logs' })).toContain('already exists');
  });
});
