import { describe, expect, it } from 'vitest';
import { COMMENTED, lineChanges, ok, refused } from './testing.ts';

describe('setContainerField', () => {
  it('replaces a scalar in its own quote style', () => {
    const r = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:getty', field: 'image', value: 'linuxkit/getty:v2' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({
      removed: ["    image: 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0'\n"],
      added: ["    image: 'linuxkit/getty:v2'\n"],
    });
  });

  it('replaces a value keeping its trailing comment', () => {
    const text = 'services:\n  - name: a\n    image: b:1 # pinned\n';
    expect(ok(text, { type: 'setContainerField', containerId: 'container:services:a', field: 'image', value: 'b:2' }).text).toBe(
      'services:\n  - name: a\n    image: b:2 # pinned\n',
    );
  });

  it('adds a list or a mapping after the last key, quoting where needed', () => {
    const caps = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:web', field: 'capabilities', value: ['CAP_NET_ADMIN'] });
    expect(caps.text).toBe(COMMENTED.replace('        options: ["rbind", "rw"]\n', '        options: ["rbind", "rw"]\n    capabilities:\n      - CAP_NET_ADMIN\n'));
    const env = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:onboot:sysctl', field: 'sysctl', value: { 'net.ipv4.ip_forward': '1', x: 'yes' } });
    expect(lineChanges(COMMENTED, env.text).added).toEqual(['    sysctl:\n', '      net.ipv4.ip_forward: "1"\n', '      x: "yes"\n']);
    expect(env.model.containers.find((c) => c.name === 'sysctl')?.fields.sysctl?.value).toEqual({ 'net.ipv4.ip_forward': '1', x: 'yes' });
  });

  it('replaces a block list, and a flow list in flow style', () => {
    const r = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:getty', field: 'binds.add', value: ['/a:/a', '/b:/b'] });
    expect(r.text).toBe(
      COMMENTED.replace('    binds.add:\n      # keeps the package defaults\n      - /var/tmp:/var/tmp\n', '    binds.add:\n      - /a:/a\n      - /b:/b\n'),
    );
    const flow = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:web', field: 'binds', value: ['data:/d'] });
    expect(flow.text).toBe(COMMENTED.replace('binds: [data:/srv/data, "logs:/var/log/nginx:ro"]', 'binds: [data:/d]'));
  });

  it('writes numbers and booleans as YAML values', () => {
    const r = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:web', field: 'oomScoreAdj', value: -800 });
    expect(lineChanges(COMMENTED, r.text).added).toEqual(['    oomScoreAdj: -800\n']);
  });

  it('removes a key when the value is undefined', () => {
    const r = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:web', field: 'uid', value: undefined });
    expect(lineChanges(COMMENTED, r.text)).toEqual({ removed: ['    uid: getty\n'], added: [] });
  });

  it('removes the first key of an item by moving the next key behind the dash', () => {
    const text = 'services:\n  - command: [sh] # cmd\n    name: a\n    image: b:1\n';
    expect(ok(text, { type: 'setContainerField', containerId: 'container:services:a', field: 'command', value: undefined }).text).toBe(
      'services:\n  - name: a\n    image: b:1\n',
    );
  });

  it('sends a name change through rename, and refuses removing name or image', () => {
    const r = ok(COMMENTED, { type: 'setContainerField', containerId: 'container:services:getty', field: 'name', value: 'tty' });
    expect(r.text).toContain('uid: tty');
    expect(refused(COMMENTED, { type: 'setContainerField', containerId: 'container:services:getty', field: 'name', value: undefined })).toContain('name');
    expect(refused(COMMENTED, { type: 'setContainerField', containerId: 'container:services:getty', field: 'image', value: undefined })).toContain('image');
  });
});

describe('setVolumeField', () => {
  it('adds, changes and removes volume keys', () => {
    const ro = ok(COMMENTED, { type: 'setVolumeField', volumeId: 'volume:data', field: 'readonly', value: true });
    expect(ro.text).toBe(COMMENTED.replace('  - name: data # the main volume\n', '  - name: data # the main volume\n    readonly: true\n'));
    const rw = ok(COMMENTED, { type: 'setVolumeField', volumeId: 'volume:logs', field: 'readonly', value: false });
    expect(rw.text).toBe(COMMENTED.replace('    readonly: true\n', '    readonly: false\n'));
    const gone = ok(COMMENTED, { type: 'setVolumeField', volumeId: 'volume:cache', field: 'image', value: undefined });
    expect(gone.text).toBe(COMMENTED.replace('  - name: cache\n    image: alpine:3.20\n', '  - name: cache\n'));
    expect(gone.model.volumes.find((v) => v.name === 'cache')?.kind).toBe('blank');
  });

  it('refuses an unknown volume', () => {
    expect(refused(COMMENTED, { type: 'setVolumeField', volumeId: 'volume:x', field: 'readonly', value: true })).toContain('volume:x');
  });
});

describe('a file that mixes sequence styles', () => {
  it('indents a new list like the lists beside it', () => {
    const text = 'services:\n  - name: a\n    image: x:1\n    binds:\n    - v:/v\nvolumes:\n- name: v\n';
    expect(ok(text, { type: 'setContainerField', containerId: 'container:services:a', field: 'capabilities', value: ['all'] }).text).toBe(
      'services:\n  - name: a\n    image: x:1\n    binds:\n    - v:/v\n    capabilities:\n    - all\nvolumes:\n- name: v\n',
    );
  });
});
