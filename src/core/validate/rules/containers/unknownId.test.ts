import { describe, expect, it } from 'vitest';
import { runRule } from './ruleTesting.ts';
import { unknownId } from './unknownId.ts';

describe('unknown-id', () => {
  it('accepts numbers, empty, root, null and the name of any container in any section', () => {
    const yaml = `onboot:
  - name: format
    image: x:1
onshutdown:
  - name: shutdown
    image: x:1
services:
  - name: web
    image: x:1
    uid: format
    gid: ""
    additionalGids: [shutdown, 44, root, web]
  - name: db
    image: x:1
    uid: 1000
    gid: ~
files:
  - path: etc/web.conf
    contents: "x"
    uid: web
    gid: 0
`;
    expect(runRule(unknownId, yaml)).toEqual([]);
  });

  it('reports a quoted number with a fix that writes it unquoted', () => {
    const yaml = `services:
  - name: web
    image: x:1
    uid: "1000"
`;
    const [d, ...rest] = runRule(unknownId, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'unknown-id', severity: 'error', covers: '"1000"', target: 'container:services:web' });
    expect(d.message).toContain('quoted number');
    expect(d.fixes).toEqual([
      { title: 'Write 1000 unquoted', command: { type: 'setContainerField', containerId: 'container:services:web', field: 'uid', value: 1000 } },
    ]);
  });

  it('reports a misspelt container name in additionalGids, suggesting the name, keeping other entries', () => {
    const yaml = `onboot:
  - name: dhcpcd
    image: x:1
services:
  - name: web
    image: x:1
    additionalGids:
      - 50
      - dhcpd
`;
    const [d] = runRule(unknownId, yaml);
    expect(d).toMatchObject({ covers: 'dhcpd', target: 'container:services:web' });
    expect(d.message).toContain('did you mean `dhcpcd`?');
    expect(d.fixes[0].command).toEqual({
      type: 'setContainerField',
      containerId: 'container:services:web',
      field: 'additionalGids',
      value: [50, 'dhcpcd'],
    });
  });

  it('is case-sensitive like LinuxKit, and checks files without a target or fix', () => {
    const yaml = `services:
  - name: web
    image: x:1
    gid: Root
files:
  - path: etc/x
    contents: "x"
    uid: nobody
`;
    const found = runRule(unknownId, yaml);
    expect(found.map((d) => d.covers)).toEqual(['Root', 'nobody']);
    expect(found[0].fixes[0]).toMatchObject({ title: 'Use `root`', command: { field: 'gid', value: 'root' } });
    expect(found[1].target).toBeUndefined();
    expect(found[1].fixes).toEqual([]);
    expect(found[1].message).toContain('use a number, `root` or a container name (web)');
  });
});
