import { describe, expect, it } from 'vitest';
import { runRule } from './ruleTesting.ts';
import { suggestCapability, unknownCapability } from './unknownCapability.ts';

describe('unknown-capability', () => {
  it('accepts known CAP_ names and a lone all/none in any case', () => {
    const yaml = `services:
  - name: a
    image: x:1
    capabilities:
      - CAP_NET_ADMIN
      - CAP_SYS_ADMIN
      - CAP_CHECKPOINT_RESTORE
    ambient: [ALL]
  - name: b
    image: x:1
    capabilities.add: [None]
  - name: c
    image: x:1
    capabilities:
      - all
`;
    expect(runRule(unknownCapability, yaml)).toEqual([]);
  });

  it('reports a lower-case name (LinuxKit is case-sensitive) with a fix that keeps the other entries', () => {
    const yaml = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1
    capabilities:
      - CAP_SYS_ADMIN
      - cap_net_admin # lower case
`;
    const [d, ...rest] = runRule(unknownCapability, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'unknown-capability',
      severity: 'error',
      covers: 'cap_net_admin',
      target: 'container:onboot:sysctl',
    });
    expect(d.message).toContain('use `CAP_NET_ADMIN`');
    expect(d.fixes).toEqual([
      {
        title: 'Replace with `CAP_NET_ADMIN`',
        command: {
          type: 'setContainerField',
          containerId: 'container:onboot:sysctl',
          field: 'capabilities',
          value: ['CAP_SYS_ADMIN', 'CAP_NET_ADMIN'],
        },
      },
    ]);
  });

  it('reports all/none among other entries, a typo in ambient, and an unknown name with no suggestion', () => {
    const yaml = `services:
  - name: a
    image: x:1
    capabilities: [all, CAP_KILL]
    ambient: ["CAP_SYS_ADMN"]
    capabilities.add: [CAP_X]
`;
    const found = runRule(unknownCapability, yaml);
    expect(found.map((d) => d.covers)).toEqual(['all', '"CAP_SYS_ADMN"']);
    expect(found[0].message).toContain('single entry of `capabilities`');
    expect(found[0].fixes).toEqual([]);
    expect(found[1].fixes[0].command).toMatchObject({ field: 'ambient', value: ['CAP_SYS_ADMIN'] });
  });

  it('checks capabilities.add only when capabilities does not replace it, as LinuxKit does', () => {
    const without = `services:
  - name: a
    image: x:1
    capabilities.add: [CAP_X, NET_RAW]
`;
    const found = runRule(unknownCapability, without);
    expect(found.map((d) => d.covers)).toEqual(['CAP_X', 'NET_RAW']);
    expect(found[0].message).toContain('such as `CAP_NET_ADMIN`');
    expect(found[0].fixes).toEqual([]);
    expect(found[1].fixes[0].command).toMatchObject({ field: 'capabilities.add', value: ['CAP_X', 'CAP_NET_RAW'] });
    expect(runRule(unknownCapability, `${without}    capabilities: []\n`)).toEqual([]);
  });

  it('rejects a lone all in capabilities.add when the package image already grants capabilities', () => {
    const yaml = `services:
  - name: auditd
    image: linuxkit/auditd:v1.0.0
    capabilities.add: [all]
  - name: plain
    image: alpine:3.20
    capabilities.add: [all]
`;
    const found = runRule(unknownCapability, yaml);
    expect(found.map((d) => [d.covers, d.target])).toEqual([['all', 'container:services:auditd']]);
    expect(found[0].message).toContain('already grants, so `all` is no longer a single entry');
    expect(found[0].message).toContain('write `capabilities: [all]` instead');
  });

  it('suggests the capability meant', () => {
    expect(suggestCapability('sys_admin')).toBe('CAP_SYS_ADMIN');
    expect(suggestCapability('net-bind-service')).toBe('CAP_NET_BIND_SERVICE');
    expect(suggestCapability('CAP_SYSADMIN')).toBe('CAP_SYS_ADMIN');
    expect(suggestCapability('CAP_X')).toBeUndefined();
  });
});
