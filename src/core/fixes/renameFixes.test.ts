import { describe, expect, it } from 'vitest';
import { applyFix, lineChanges } from './fixTesting.ts';

describe('invalid-volume-name fix', () => {
  it('renames the volume and every reference to it', () => {
    const before = `onboot:
  - name: format
    image: linuxkit/format:v1
    binds: ["App Data:/data"] # flow
services:
  - name: web
    image: nginx:1.27
    mounts:
      - type: bind
        source: App Data # here too
        destination: /srv
        options: [rbind, ro]
volumes:
  - name: App Data # needs a valid name
`;
    const after = applyFix(before, 'invalid-volume-name', 'Rename to `app-data`');
    expect(lineChanges(before, after)).toEqual({
      removed: ['    binds: ["App Data:/data"] # flow\n', '        source: App Data # here too\n', '  - name: App Data # needs a valid name\n'],
      added: ['    binds: ["app-data:/data"] # flow\n', '        source: app-data # here too\n', '  - name: app-data # needs a valid name\n'],
    });
  });
});

describe('duplicate-volume-name fix', () => {
  it('renames the later volume and leaves the references to the first alone', () => {
    const before = `services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data # belongs to the first data
volumes:
  - name: data
  - name: data # the duplicate
    image: alpine:3.20
`;
    const after = applyFix(before, 'duplicate-volume-name', 'Rename to `data-2`');
    expect(lineChanges(before, after)).toEqual({ removed: ['  - name: data # the duplicate\n'], added: ['  - name: data-2 # the duplicate\n'] });
  });

  it('names a second volume without a name', () => {
    const before = `services:
  - name: web
    image: nginx:1.27
    binds: [volume:/a, volume-2:/b]
volumes:
  - image: alpine:3.20 # no name
    readonly: true
  - {}
  - name: volume
`;
    // both unnamed volumes are '' to LinuxKit; the later one gets a free name
    const after = applyFix(before, 'duplicate-volume-name', 'Rename to `volume-2`');
    expect(lineChanges(before, after)).toEqual({ removed: ['  - {}\n'], added: ['  - {name: volume-2}\n'] });
  });
});

describe('duplicate container name fixes', () => {
  const before = `onboot:
  - name: init # first
    image: alpine:3.20
  - name: init # second
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.27
    uid: init
  - name: web
    image: nginx:1.27
`;

  it('renames the later service', () => {
    const after = applyFix(before, 'duplicate-service-name', 'Rename to `web-2`');
    expect(lineChanges(before, after)).toEqual({ removed: ['  - name: web\n'], added: ['  - name: web-2\n'] });
    expect(after.indexOf('name: web-2')).toBeGreaterThan(after.indexOf('uid: init'));
  });

  it('renames the later onboot container and keeps `uid: init` naming the first', () => {
    const after = applyFix(before, 'duplicate-container-name', 'Rename to `init-2`');
    expect(lineChanges(before, after)).toEqual({ removed: ['  - name: init # second\n'], added: ['  - name: init-2 # second\n'] });
  });
});
