import { describe, expect, it } from 'vitest';
import { runJson } from './runCli.ts';

// One config that trips every rule of `linuxkit build`'s later checks once (issue 11).
const EVERY_NEW_RULE = `onboot:
  - name: net
    image: linuxkit/ip:v1
    ipc: none
    runtime:
      namespace: other
      interfaces:
        - add: dummy
        - name: v0
          add: veth
    resources:
      memory:
        disableOOMKiller: true
    devices:
      - path: /dev/console
        type: c
        mode: "0o600"
services:
  - name: sshd
    image: linuxkit/sshd:v1
    capabilities.add: [CAP_NET_ADMIN]
    binds:
      - /etc/resolv.conf:/etc/resolv.conf
      - /run:/run
      - /tmp:/tmp
      - /etc:/hostroot/etc
      - /usr/bin/ctr:/usr/bin/ctr
      - /usr/bin/runc:/usr/bin/runc
      - /containers:/containers
      - /var/log:/var/log
      - /var/lib/containerd:/var/lib/containerd
      - /dev:/dev
      - /sys/fs/cgroup:/sys/fs/cgroup
      - /etc/sshd:/etc/sshd
    binds.add:
      - /root:/root
volumes:
  - name: layout
    image: alpine:3.20
    format: oci
    platforms: [linux/arm/v7/x]
  - name: plain
    image: alpine:3.20
    platforms: [linux/amd64]
files:
  - contents: nameless
  - path: etc/empty
  - path: etc/both
    contents: x
    source: both.txt
  - path: etc/mode
    contents: x
    mode: rw-r--r--
  - path: etc/meta
    metadata: toml
  - path: /run/app.conf
    contents: x
  - path: etc/cron
    contents: "@reboot /bin/true"
  - path: etc/mode
    directory: true
---
services: []
`;

describe('validate on a config that trips every new rule', () => {
  it('reports one diagnostic per rule, sorted by position', () => {
    const { status, entries } = runJson(['-'], { input: EVERY_NEW_RULE });
    expect(status).toBe(1);
    const found = entries[0].diagnostics.filter((d) => d.code !== 'unused-volume' && d.code !== 'binds-replace-image-defaults');
    expect(found.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['namespace-path', 'warning', 4],
      ['runtime-namespace-ignored', 'warning', 6],
      ['interface-without-name', 'warning', 8],
      ['veth-without-peer', 'warning', 10],
      ['ignored-field', 'warning', 13],
      ['invalid-mode', 'error', 17],
      ['unknown-capability', 'error', 21],
      ['ignored-add', 'warning', 35],
      ['invalid-platform', 'error', 41],
      ['platforms-without-oci', 'warning', 44],
      ['file-without-path', 'error', 46],
      ['file-without-contents', 'error', 47],
      ['conflicting-file-fields', 'error', 50],
      ['invalid-mode', 'error', 53],
      ['invalid-value', 'error', 55],
      ['file-hidden-at-boot', 'warning', 56],
      ['template-replaced', 'warning', 59],
      ['duplicate-file-path', 'warning', 60],
      ['extra-document', 'warning', 62],
    ]);
    const positions = entries[0].diagnostics.map((d) => d.line * 10_000 + d.column);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const d of found) expect(d.message.length).toBeGreaterThan(40);
  });
});
