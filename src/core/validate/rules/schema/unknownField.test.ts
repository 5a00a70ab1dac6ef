import { describe, expect, it } from 'vitest';
import { runSchema } from './testkit.ts';

const unknown = (text: string) => runSchema(text).filter((d) => d.code === 'unknown-field');

describe('unknown-field', () => {
  it('accepts every known key of every section', () => {
    const text = `kernel:
  image: linuxkit/kernel:6.6
  cmdline: "console=tty0"
  binary: bzImage
  tar: none
  ucode: intel-ucode.cpio
init:
  - linuxkit/init:v1
onboot:
  - name: format
    image: linuxkit/format:v1
    devices:
      - {path: all, type: b}
services:
  - name: web
    image: nginx:1.27
    binds.add: [data:/data]
    mounts:
      - {type: bind, source: /var, destination: /var, options: [rbind], uidmappings: [{hostID: 1, containerID: 0, size: 1}]}
    resources:
      memory: {limit: 1024, disableOOMKiller: true}
      cpu: {shares: 2, cpus: "0-1"}
      blockio: {weight: 10, throttleReadBpsDevice: [{major: 8, minor: 0, rate: 5}]}
      network: {classID: 1, priorities: [{name: eth0, priority: 1}]}
    runtime:
      mkdir: [/var/lib/x]
      interfaces: [{name: wg0, add: wireguard, createInRoot: true}]
      bindNS: {net: /run/netns/wg}
    sysctl:
      net.ipv4.ip_forward: "1"
onshutdown: []
trust:
  org: [linuxkit]
files:
  - {path: etc/x, contents: hi, mode: "0644", uid: 0, gid: web}
volumes:
  - {name: data, image: alpine, readonly: false, format: oci, platforms: [linux/amd64]}
`;
    expect(runSchema(text)).toEqual([]);
  });

  it('reports an unknown top-level section on its key and lists the sections', () => {
    const [d] = unknown('unknownField: "abc"\nkernel:\n  image: k\n');
    expect(d.at).toBe('unknownField');
    expect(d.message).toContain('not a LinuxKit section');
    expect(d.message).toBe('`unknownField` is not a LinuxKit section; LinuxKit rejects unknown keys: remove it, or use one of kernel, init, onboot, onshutdown, services, trust, files, volumes.');
  });

  it('suggests the closest top-level section', () => {
    expect(unknown('service:\n  - name: a\n    image: b\n')[0].message).toContain('did you mean `services`?');
  });

  it('suggests `binds` for a container’s `bind`, spanning the key, targeting the container', () => {
    const [d] = unknown('services:\n  - name: web\n    image: nginx\n    bind:\n      - /a:/b\n');
    expect(d.at).toBe('bind');
    expect(d.message).toBe('`bind` is not a container field; did you mean `binds`?');
    expect(d.target).toBe('container:services:web');
  });

  it('tells Docker users to mount volumes with binds instead of a container `volumes:`', () => {
    const [d] = unknown('onboot:\n  - name: a\n    image: b\n    volumes:\n      - data:/data\n');
    expect(d.at).toBe('volumes');
    expect(d.message).toContain('`binds`');
    expect(d.message).toContain('data:/data');
  });

  it('maps Docker Compose habits to LinuxKit fields', () => {
    expect(unknown('services:\n  - name: a\n    image: b\n    environment: [A=1]\n')[0].message).toContain('did you mean `env`?');
  });

  it.each([
    ['kernel', 'kernel:\n  imag: k\n', 'imag', 'not a kernel field; did you mean `image`?'],
    ['volume', 'volumes:\n  - name: v\n    readOnly: true\n', 'readOnly', 'did you mean `readonly`?'],
    ['file', 'files:\n  - path: a\n    content: x\n', 'content', 'not a file field; did you mean `contents`?'],
    ['mount', 'services:\n  - name: a\n    image: b\n    mounts:\n      - destinaton: /x\n', 'destinaton', 'did you mean `destination`?'],
    ['device', 'onboot:\n  - name: a\n    image: b\n    devices:\n      - path: /dev/x\n        majr: 1\n', 'majr', 'not a device field; did you mean `major`?'],
    ['resources', 'services:\n  - name: a\n    image: b\n    resources:\n      memroy: {}\n', 'memroy', 'did you mean `memory`?'],
    ['memory', 'services:\n  - name: a\n    image: b\n    resources:\n      memory: {limits: 1}\n', 'limits', 'not a memory resource field; did you mean `limit`?'],
    ['runtime', 'services:\n  - name: a\n    image: b\n    runtime:\n      mkdirs: []\n', 'mkdirs', 'not a runtime field; did you mean `mkdir`?'],
    ['interface', 'services:\n  - name: a\n    image: b\n    runtime:\n      interfaces:\n        - nme: eth0\n', 'nme', 'did you mean `name`?'],
    ['bindNS', 'services:\n  - name: a\n    image: b\n    runtime:\n      bindNS: {network: /x}\n', 'network', 'not a bindNS field'],
    ['trust', 'trust:\n  orgs: [a]\n', 'orgs', 'did you mean `org`?'],
    ['idmapping', 'services:\n  - name: a\n    image: b\n    uidMappings: [{hostId: 1}]\n', 'hostId', 'did you mean `hostID`?'],
  ])('reports an unknown %s field', (_where, text, key, message) => {
    const found = unknown(text);
    expect(found).toHaveLength(1);
    expect(found[0].at).toBe(key);
    expect(found[0].message).toContain(message);
  });

  it('lists the allowed fields when nothing is close', () => {
    const [d] = unknown('kernel:\n  zzzzzzzz: 1\n');
    expect(d.message).toContain('Allowed: image, cmdline, binary, tar, ucode.');
  });

  it('accepts any string key in sysctl and annotations', () => {
    expect(unknown('services:\n  - name: a\n    image: b\n    sysctl: {anything.at.all: "1"}\n    annotations: {x: y}\n')).toEqual([]);
  });

  it('reports keys that Go would not read as strings', () => {
    const found = unknown('services:\n  - name: a\n    image: b\n    sysctl:\n      1: "x"\n      true: "y"\n      "2": "ok"\n');
    expect(found.map((d) => d.at)).toEqual(['1', 'true']);
    expect(found[0].message).toContain('Quote it ("1")');
  });

  it('reports a complex (list) key', () => {
    expect(unknown('? [a]\n: b\nkernel: {}\n').map((d) => d.at)).toEqual(['[a]']);
  });
});
