import { describe, expect, it } from 'vitest';
import { COMMENTED, lineChanges, ok, refused } from './testing.ts';

describe('removeContainer', () => {
  it('removes the item with its comments, keeping the gap before the next section', () => {
    const r = ok(COMMENTED, { type: 'removeContainer', containerId: 'container:services:getty' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({
      removed: [
        '  - name: getty\n',
        "    image: 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0'\n",
        '    binds.add:\n',
        '      # keeps the package defaults\n',
        '      - /var/tmp:/var/tmp\n',
        "    # after getty's keys\n",
      ],
      added: [],
    });
    expect(r.model.containers.map((c) => c.name)).toEqual(['sysctl', 'format', 'web']);
  });

  it('removes the comment above the item and one of the blank lines around it', () => {
    const r = ok(COMMENTED, { type: 'removeContainer', containerId: 'container:onboot:format' });
    expect(r.text).toBe(
      COMMENTED.replace('\n  # formats the disk\n  - name: format\n    image: linuxkit/format:v1\n    binds:\n      - data:/data # the data disk\n', ''),
    );
  });

  it('removes the section key when its last container goes', () => {
    const text = 'kernel:\n  image: k:1\nonboot:\n  - name: a\n    image: b:1\nservices:\n  - name: s\n    image: b:1\n';
    expect(ok(text, { type: 'removeContainer', containerId: 'container:onboot:a' }).text).toBe(
      'kernel:\n  image: k:1\nservices:\n  - name: s\n    image: b:1\n',
    );
  });

  it('keeps a last line without a line break', () => {
    const text = 'services:\n  - name: a\n    image: b:1\n  - name: c\n    image: d:1';
    expect(ok(text, { type: 'removeContainer', containerId: 'container:services:c' }).text).toBe('services:\n  - name: a\n    image: b:1');
  });
});

describe('removeVolume', () => {
  it('removes the volume and every mount of it', () => {
    const r = ok(COMMENTED, { type: 'removeVolume', volumeId: 'volume:data' });
    expect(lineChanges(COMMENTED, r.text)).toEqual({
      removed: [
        '    binds:\n',
        '      - data:/data # the data disk\n',
        '    binds: [data:/srv/data, "logs:/var/log/nginx:ro"]\n',
        '  - name: data # the main volume\n',
      ],
      added: ['    binds: ["logs:/var/log/nginx:ro"]\n'],
    });
    expect(r.model.mounts.some((m) => m.volume === 'data')).toBe(false);
    expect(r.model.volumes.map((v) => v.name)).toEqual(['logs', 'cache']);
  });

  it('removes a mounts entry and the volumes key when it was the last volume', () => {
    const text = 'services:\n  - name: a\n    image: b:1\n    mounts:\n      - type: bind\n        source: v\n        destination: /v\n    net: host\nvolumes:\n  - name: v\n';
    expect(ok(text, { type: 'removeVolume', volumeId: 'volume:v' }).text).toBe('services:\n  - name: a\n    image: b:1\n    net: host\n');
  });

  it('removes mounts in several lists at once and two in one list one after the other, as if one by one', () => {
    const text = [
      'services:',
      '  - name: a',
      '    image: b:1',
      '    binds:',
      '      - v:/one',
      '      - /etc/hosts:/etc/hosts',
      '      - v:/two:ro # second',
      '    mounts:',
      '      - type: bind',
      '        source: v',
      '        destination: /three',
      '  - name: c',
      '    image: d:1',
      '    binds.add: [v:/four]',
      'volumes:',
      '  - name: v',
      '  - name: w',
      '',
    ].join('\n');
    const byOne = ['mount:services:a:/one', 'mount:services:a:/two', 'mount:services:a:/three', 'mount:services:c:/four'].reduce(
      (t, mountId) => ok(t, { type: 'removeMount', mountId }).text,
      text,
    );
    const r = ok(text, { type: 'removeVolume', volumeId: 'volume:v' });
    expect(r.text).toBe(byOne.replace('  - name: v\n', ''));
    expect(r.text).toBe('services:\n  - name: a\n    image: b:1\n    binds:\n      - /etc/hosts:/etc/hosts\n  - name: c\n    image: d:1\nvolumes:\n  - name: w\n');
  });

  it('refuses an unknown volume', () => {
    expect(refused(COMMENTED, { type: 'removeVolume', volumeId: 'volume:nope' })).toContain('volume:nope');
  });
});

describe('moveContainer', () => {
  it('swaps items with their comments while blank lines stay in place', () => {
    const r = ok(COMMENTED, { type: 'moveContainer', containerId: 'container:onboot:format', toIndex: 0 });
    expect(r.text).toBe(
      COMMENTED.replace(
        '  # first boot step\n  - name: sysctl # trailing on name\n    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n\n  # formats the disk\n  - name: format\n    image: linuxkit/format:v1\n    binds:\n      - data:/data # the data disk\n',
        '  # formats the disk\n  - name: format\n    image: linuxkit/format:v1\n    binds:\n      - data:/data # the data disk\n\n  # first boot step\n  - name: sysctl # trailing on name\n    image: linuxkit/sysctl:43ac1d39da329c3567fcb9689e5ca99de6d169b6\n',
      ),
    );
    expect(r.model.containers.filter((c) => c.section === 'onboot').map((c) => c.name)).toEqual(['format', 'sysctl']);
  });

  it('moves down, and moving back gives the original text', () => {
    const text = 'onboot:\n  - name: a # A\n    image: x:1\n  # about b\n  - name: b\n    image: x:1\n  - name: c\n    image: x:1';
    const down = ok(text, { type: 'moveContainer', containerId: 'container:onboot:a', toIndex: 2 });
    expect(down.text).toBe('onboot:\n  # about b\n  - name: b\n    image: x:1\n  - name: c\n    image: x:1\n  - name: a # A\n    image: x:1');
    expect(ok(down.text, { type: 'moveContainer', containerId: 'container:onboot:a', toIndex: 0 }).text).toBe(text);
  });

  it('refuses a flow-style section', () => {
    const text = 'onboot: [{name: a, image: x}, {name: b, image: y}]\n';
    expect(refused(text, { type: 'moveContainer', containerId: 'container:onboot:b', toIndex: 0 })).toContain('flow');
  });
});

describe('blank lines between items', () => {
  const text = 'onboot:\n  - name: a\n    image: x:1\n\n  - name: b\n    image: x:1\n\n  - name: c\n    image: x:1\nservices: []\n';
  it('removing the first, middle or last item leaves single gaps', () => {
    expect(ok(text, { type: 'removeContainer', containerId: 'container:onboot:a' }).text).toBe(
      'onboot:\n  - name: b\n    image: x:1\n\n  - name: c\n    image: x:1\nservices: []\n',
    );
    expect(ok(text, { type: 'removeContainer', containerId: 'container:onboot:b' }).text).toBe(
      'onboot:\n  - name: a\n    image: x:1\n\n  - name: c\n    image: x:1\nservices: []\n',
    );
    expect(ok(text, { type: 'removeContainer', containerId: 'container:onboot:c' }).text).toBe(
      'onboot:\n  - name: a\n    image: x:1\n\n  - name: b\n    image: x:1\nservices: []\n',
    );
  });
});
