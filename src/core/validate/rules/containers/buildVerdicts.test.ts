import { describe, expect, it } from 'vitest';
import { capabilitiesAddOntoKeyword } from './capabilitiesAddOntoKeyword.ts';
import { ignoredAdd } from './ignoredAdd.ts';
import { ignoredField } from './ignoredField.ts';
import { namespacePath } from './namespacePath.ts';
import { runRule } from './ruleTesting.ts';
import { runtimeInterfaces, runtimeNamespaceIgnored } from './runtimeFields.ts';

const shown = (d: { code: string; covers: string }[]) => d.map((x) => [x.code, x.covers]);

describe('ignored-add', () => {
  it('accepts either list alone, and flags the .add list beside its base list', () => {
    expect(runRule(ignoredAdd, 'services:\n  - name: a\n    image: x\n    binds.add: [/a:/a]\n    capabilities: [CAP_SYS_ADMIN]\n')).toEqual([]);
    const d = runRule(
      ignoredAdd,
      'services:\n  - name: a\n    image: x\n    binds: []\n    binds.add: [/a:/a]\n    capabilities: [CAP_SYS_ADMIN]\n    capabilities.add: [CAP_NET_ADMIN]\n',
    );
    expect(shown(d)).toEqual([
      ['ignored-add', 'binds.add'],
      ['ignored-add', 'capabilities.add'],
    ]);
    expect(d[0].fixes.map((f) => f.command)).toEqual([{ type: 'mergeAddList', containerId: 'container:services:a', field: 'binds' }]);
  });

  it('lets `binds: null` (no list, as Go reads it) leave binds.add in force', () => {
    expect(runRule(ignoredAdd, 'services:\n  - name: a\n    image: x\n    binds:\n    binds.add: [/a:/a]\n')).toEqual([]);
  });
});

describe('unknown-capability from the image label', () => {
  it('flags capabilities.add on a package whose label says all, but not on other images or beside capabilities', () => {
    expect(runRule(capabilitiesAddOntoKeyword, 'services:\n  - name: s\n    image: example/sshd:1\n    capabilities.add: [CAP_NET_ADMIN]\n')).toEqual([]);
    expect(
      runRule(capabilitiesAddOntoKeyword, 'services:\n  - name: s\n    image: linuxkit/sshd:v1\n    capabilities: [all]\n    capabilities.add: [CAP_NET_ADMIN]\n'),
    ).toEqual([]);
    const d = runRule(capabilitiesAddOntoKeyword, 'services:\n  - name: s\n    image: linuxkit/sshd:v1\n    capabilities.add: [CAP_NET_ADMIN]\n');
    expect(shown(d)).toEqual([['unknown-capability', 'capabilities.add']]);
    expect(d[0].severity).toBe('error');
    expect(d[0].message).toMatch(/unknown capability: all/);
    expect(d[0].fixes.map((f) => f.command)).toEqual([{ type: 'removeKey', path: ['services', 0, 'capabilities.add'] }]);
  });
});

describe('ignored-field', () => {
  it('flags camelCase keys the decoder drops, and not the ones it reads', () => {
    const text = `onboot:
  - name: a
    image: x
    resources:
      memory:
        limit: 100
        disableOOMKiller: true
      cpu:
        shares: 2
        realtimeRuntime: 5
      hugepageLimits: []
    uidMappings:
      - hostID: 1000
        containerID: 0
        size: 1
    mounts:
      - type: bind
        source: /a
        destination: /a
        uidmappings:
          - hostID: 1
`;
    const d = runRule(ignoredField, text);
    expect(shown(d)).toEqual([
      ['ignored-field', 'disableOOMKiller'],
      ['ignored-field', 'realtimeRuntime'],
      ['ignored-field', 'hugepageLimits'],
      ['ignored-field', 'hostID'],
      ['ignored-field', 'containerID'],
      ['ignored-field', 'hostID'],
    ]);
    expect(d[0].message).toMatch(/`disableoomkiller`/);
    expect(d[3].fixes.map((f) => f.command)).toEqual([{ type: 'removeKey', path: ['onboot', 0, 'uidMappings', 0, 'hostID'] }]);
  });
});

describe('namespace-path', () => {
  it('flags none for ipc, uts, pid and userns, but not net', () => {
    const d = runRule(namespacePath, 'services:\n  - name: a\n    image: x\n    net: none\n    ipc: none\n    uts: new\n    pid: none\n');
    expect(shown(d)).toEqual([
      ['namespace-path', 'none'],
      ['namespace-path', 'none'],
    ]);
    expect(d[0].message).toMatch(/`ipc: none`/);
    expect(d[1].message).toMatch(/`pid: none`/);
    expect(d[0].fixes.map((f) => f.command)).toEqual([{ type: 'setContainerField', containerId: 'container:services:a', field: 'ipc', value: 'new' }]);
  });
});

describe('runtime-namespace-ignored', () => {
  it('flags runtime.namespace outside services', () => {
    expect(runRule(runtimeNamespaceIgnored, 'services:\n  - name: a\n    image: x\n    runtime:\n      namespace: other\n')).toEqual([]);
    const d = runRule(runtimeNamespaceIgnored, 'onboot:\n  - name: a\n    image: x\n    runtime:\n      namespace: other\n');
    expect(shown(d)).toEqual([['runtime-namespace-ignored', 'namespace: other']]);
    expect(d[0].fixes.map((f) => f.command)).toEqual([{ type: 'removeKey', path: ['onboot', 0, 'runtime', 'namespace'] }]);
  });
});

describe('runtime.interfaces (interface-without-name, veth-without-peer)', () => {
  it('accepts named interfaces and veth pairs with a peer', () => {
    const ok = 'onboot:\n  - name: a\n    image: x\n    runtime:\n      interfaces:\n        - name: eth1\n        - name: v0\n          add: veth\n          peer: v1\n        - name: v2\n          peer: v3\n';
    expect(runRule(runtimeInterfaces, ok)).toEqual([]);
  });

  it('flags a nameless entry and a veth without a peer, the name first as prepareProcess does', () => {
    const text = 'onboot:\n  - name: a\n    image: x\n    runtime:\n      interfaces:\n        - add: veth\n        - name: v0\n          add: veth\n';
    expect(shown(runRule(runtimeInterfaces, text))).toEqual([
      ['interface-without-name', 'add: veth'],
      ['veth-without-peer', 'veth'],
    ]);
  });
});
