import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { runtimeOf } from './containerRuntime.ts';
import type { ContainerRuntime } from './types.ts';

/** The runtime of the container `name` of a config text. */
function run(text: string, name: string): ContainerRuntime {
  const found = runtimeOf(analyze(text).parsed.model).find((r) => r.name === name);
  if (!found) throw new Error(`no container ${name}`);
  return found;
}
const mount = (r: ContainerRuntime, destination: string) => r.mounts.find((m) => m.destination === destination);
const destinations = (r: ContainerRuntime) => r.mounts.map((m) => m.destination);
const textAt = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

const GETTY = 'linuxkit/getty:05eca453695984a69617f1f1f0bcdae7f7032967';

describe('mounts (ConfigToOCI and volume.go)', () => {
  it('gives a container with nothing set LinuxKit five default mounts, sorted by destination', () => {
    const r = run('services:\n  - name: web\n    image: nginx:1.25\n', 'web');
    expect(r.imageConfig).toBe('assumed-none');
    expect(r.mounts.map((m) => [m.destination, m.type, m.source, m.origin])).toEqual([
      ['/dev', 'tmpfs', 'tmpfs', 'linuxkit'],
      ['/dev/pts', 'devpts', 'devpts', 'linuxkit'],
      ['/proc', 'proc', 'proc', 'linuxkit'],
      ['/sys', 'sysfs', 'sysfs', 'linuxkit'],
      ['/sys/fs/cgroup', 'cgroup', 'cgroup', 'linuxkit'],
    ]);
    expect(mount(r, '/dev')?.options).toEqual(['nosuid', 'strictatime', 'mode=755', 'size=65536k']);
    expect(mount(r, '/sys/fs/cgroup')?.options).toEqual(['nosuid', 'noexec', 'nodev', 'relatime', 'ro']);
  });

  it('readonly: true adds ro to /dev and /sys and makes the root filesystem read-only', () => {
    const r = run('services:\n  - name: web\n    image: nginx:1.25\n    readonly: true\n', 'web');
    expect(r.readonlyRootfs).toMatchObject({ value: true, origin: 'config' });
    expect(mount(r, '/dev')?.options).toEqual(['nosuid', 'strictatime', 'mode=755', 'size=65536k', 'ro']);
    expect(mount(r, '/sys')?.options).toEqual(['nosuid', 'noexec', 'nodev', 'ro']);
    expect(mount(r, '/proc')?.options).not.toContain('ro');
  });

  it("a package label's readonly does the same, with the image as origin", () => {
    const r = run('onboot:\n  - name: sysctl\n    image: linuxkit/sysctl:v1\n', 'sysctl');
    expect(r.imageConfig).toBe('package');
    expect(r.readonlyRootfs).toEqual({ value: true, origin: 'image' });
    expect(mount(r, '/sys')?.options.at(-1)).toBe('ro');
  });

  it("keeps the label's binds and appends binds.add", () => {
    const text = `services:\n  - name: getty\n    image: ${GETTY}\n    binds.add:\n      - /etc/profile.d:/etc/profile.d\n`;
    const r = run(text, 'getty');
    expect(mount(r, '/var/log')).toMatchObject({ type: 'bind', source: '/var/log', options: ['rw', 'rbind', 'rshared'], origin: 'image' });
    const added = mount(r, '/etc/profile.d');
    expect(added).toMatchObject({ source: '/etc/profile.d', origin: 'config' });
    expect(textAt(text, added?.span)).toBe('/etc/profile.d:/etc/profile.d');
    expect(r.mounts.filter((m) => m.origin === 'image')).toHaveLength(11);
  });

  it("binds replaces the label's binds entirely (and LinuxKit ignores binds.add beside it)", () => {
    const text = `services:\n  - name: getty\n    image: ${GETTY}\n    binds:\n      - /etc/profile.d:/etc/profile.d\n    binds.add:\n      - /srv:/srv\n`;
    const r = run(text, 'getty');
    expect(r.mounts.filter((m) => m.origin === 'image')).toEqual([]);
    expect(mount(r, '/srv')).toBeUndefined();
    // the label's /dev and /sys binds are gone: LinuxKit's own tmpfs and sysfs are back
    expect(mount(r, '/dev')).toMatchObject({ type: 'tmpfs', origin: 'linuxkit' });
    expect(destinations(r)).toEqual(['/dev', '/dev/pts', '/etc/profile.d', '/proc', '/sys', '/sys/fs/cgroup']);
  });

  it('a bind over /dev replaces LinuxKit own /dev tmpfs, and says what it replaced', () => {
    const r = run('services:\n  - name: web\n    image: nginx:1.25\n    binds:\n      - /dev:/dev\n', 'web');
    const dev = mount(r, '/dev');
    expect(dev).toMatchObject({ type: 'bind', source: '/dev', options: ['rw', 'rbind', 'rshared'], origin: 'config' });
    expect(dev?.replaced).toEqual([{ type: 'tmpfs', source: 'tmpfs', origin: 'linuxkit' }]);
    expect(mount(r, '/dev/pts')?.origin).toBe('linuxkit');
  });

  it('bind options: the given ones plus rbind', () => {
    const r = run('services:\n  - name: web\n    image: nginx:1.25\n    binds:\n      - /etc:/hostetc:ro,shared\n', 'web');
    expect(mount(r, '/hostetc')?.options).toEqual(['ro', 'shared', 'rbind']);
  });

  it('rewrites volume names to their merged directory in binds, binds.add and mounts (test/cases 070_volumes/006_mount_types)', () => {
    const text = `onboot:
  - name: testbinds
    image: alpine:3.20
    binds:
      - /check.sh:/check.sh
      - vola:/vola
  - name: testmounts
    image: alpine:3.20
    mounts:
      - type: bind
        source: vola
        destination: /vola
  - name: testbindadds
    image: alpine:3.20
    binds.add:
      - vola:/vola:ro
volumes:
  - name: vola
    image: alpine:3.21
`;
    for (const name of ['testbinds', 'testmounts', 'testbindadds']) {
      expect(mount(run(text, name), '/vola')).toMatchObject({ source: '/containers/volumes/vola/merged', volume: 'vola', origin: 'config' });
    }
    expect(mount(run(text, 'testbindadds'), '/vola')?.options).toEqual(['ro', 'rbind']);
    expect(mount(run(text, 'testmounts'), '/vola')?.options).toEqual([]);
    expect(mount(run(text, 'testbinds'), '/check.sh')?.source).toBe('/check.sh');
  });

  it('a read-write bind of a read-only volume is an error, as volume.go says (070_volumes/002_rw_on_ro)', () => {
    const text = 'onboot:\n  - name: t\n    image: alpine:3.20\n    binds:\n      - vola:/vola\nvolumes:\n  - name: vola\n    readonly: true\n';
    expect(run(text, 't').errors.map((e) => e.message)).toEqual([
      'volume vola is read-only, but attempting to write into container read-write',
    ]);
  });

  it('tmpfs comes before binds and mounts: a later entry at the same destination wins', () => {
    const text = `services:
  - name: web
    image: nginx:1.25
    tmpfs:
      - /run:size=10m,mode=755
      - /cache
    binds:
      - /var/run:/run
    mounts:
      - type: proc
`;
    const r = run(text, 'web');
    expect(mount(r, '/run')).toMatchObject({ type: 'bind', source: '/var/run', replaced: [{ type: 'tmpfs', origin: 'config' }] });
    expect(mount(r, '/cache')).toMatchObject({ type: 'tmpfs', source: 'tmpfs', options: [] });
    // `type: proc` alone: default mountpoint /proc, source defaults to the type
    expect(mount(r, '/proc')).toMatchObject({ type: 'proc', source: 'proc', origin: 'config', options: [] });
    expect(mount(r, '/proc')?.replaced[0].origin).toBe('linuxkit');
  });

  it('reports the errors ConfigToOCI stops at', () => {
    const text = `services:
  - name: web
    image: nginx:1.25
    tmpfs:
      - /a:b:c
    binds:
      - /only
    mounts:
      - source: something
        destination: /x
`;
    expect(run(text, 'web').errors.map((e) => e.message)).toEqual([
      "cannot parse tmpfs, too many ':': /a:b:c",
      "cannot parse bind, missing ':': /only",
      'mount for destination /x is missing type',
    ]);
  });
});

describe('capabilities', () => {
  it('a container with no capabilities has none, even as root', () => {
    const r = run('services:\n  - name: web\n    image: nginx:1.25\n', 'web');
    expect(r.capabilities).toEqual([]);
    expect(r.effective).toEqual([]);
    expect(r.uid).toEqual({ value: { id: 0 }, origin: 'linuxkit' });
  });

  it('the config list overrides the label (config_test.go TestOverrides)', () => {
    const r = run('onboot:\n  - name: sysctl\n    image: linuxkit/sysctl:v1\n    capabilities:\n      - CAP_SYS_ADMIN\n', 'sysctl');
    expect(r.capabilities.map((c) => [c.name, c.origin])).toEqual([['CAP_SYS_ADMIN', 'config']]);
  });

  it('capabilities.add appends to the label, sorted in the bounding set', () => {
    const text = 'onboot:\n  - name: sysctl\n    image: linuxkit/sysctl:v1\n    capabilities.add:\n      - CAP_CHOWN\n';
    const r = run(text, 'sysctl');
    expect(r.capabilities.map((c) => [c.name, c.origin])).toEqual([
      ['CAP_CHOWN', 'config'],
      ['CAP_NET_ADMIN', 'image'],
      ['CAP_SYS_ADMIN', 'image'],
    ]);
    expect(r.effective).toEqual(['CAP_SYS_ADMIN', 'CAP_NET_ADMIN', 'CAP_CHOWN']);
    expect(textAt(text, r.capabilities[0].span)).toBe('CAP_CHOWN');
  });

  it('capabilities.add onto a label of `all` fails as LinuxKit fails: unknown capability: all', () => {
    const r = run(`services:\n  - name: sshd\n    image: linuxkit/sshd:v1\n    capabilities.add:\n      - CAP_CHOWN\n`, 'sshd');
    expect(r.errors.map((e) => e.message)).toEqual(['unknown capability: all']);
    expect(r.capabilities.map((c) => c.name)).toEqual(['CAP_CHOWN']);
  });

  it('a lone all (any case) is every capability; none is none', () => {
    const all = run('services:\n  - name: a\n    image: x:1\n    capabilities: [ALL]\n', 'a');
    expect(all.capabilities).toHaveLength(41);
    expect(all.capabilities.every((c) => c.origin === 'config')).toBe(true);
    expect(run('services:\n  - name: a\n    image: linuxkit/sshd:v1\n    capabilities: [none]\n', 'a').capabilities).toEqual([]);
  });

  it('an unknown capability is an error (config_test.go TestInvalidCap)', () => {
    expect(run('services:\n  - name: a\n    image: x:1\n    capabilities: [NOT_A_CAP]\n', 'a').errors[0].message).toBe('unknown capability: NOT_A_CAP');
  });

  it('ambient capabilities join the bounding set', () => {
    const r = run('services:\n  - name: a\n    image: x:1\n    capabilities: [CAP_NET_RAW]\n    ambient: [CAP_NET_BIND_SERVICE]\n', 'a');
    expect(r.capabilities.map((c) => c.name)).toEqual(['CAP_NET_BIND_SERVICE', 'CAP_NET_RAW']);
    expect(r.ambient.value).toEqual(['CAP_NET_BIND_SERVICE']);
    expect(r.effective).toEqual(['CAP_NET_RAW']);
  });
});

describe('ids', () => {
  const text = `onboot:
  - name: fill
    image: alpine:3.20
  - name: format
    image: linuxkit/format:v1
onshutdown:
  - name: bye
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.25
    uid: fill
    gid: 76
    additionalGids: [bye, web, root]
  - name: db
    image: postgres:16
    uid: "1000"
`;
  it('resolves a uid by name the way the build numbers containers: onboot, onshutdown, services from 100 (config_test.go TestIdMap)', () => {
    const r = run(text, 'web');
    expect(r.uid).toMatchObject({ value: { id: 100, name: 'fill' }, origin: 'config' });
    expect(textAt(text, r.uid.span)).toBe('fill');
    expect(r.gid.value).toEqual({ id: 76 });
    expect(r.additionalGids.value.map((g) => g.id)).toEqual([102, 103, 0]);
  });

  it('a quoted number is looked up as a name and fails', () => {
    const r = run(text, 'db');
    expect(r.uid.value).toEqual({ id: null, name: '1000' });
    expect(r.errors.map((e) => e.message)).toEqual(['cannot find id: 1000']);
  });
});

describe('namespaces', () => {
  it('net, ipc, uts and user default to the host; pid and mount are new', () => {
    const r = run('services:\n  - name: a\n    image: x:1\n', 'a');
    expect(Object.fromEntries(Object.entries(r.namespaces).map(([k, v]) => [k, [v.value, v.origin]]))).toEqual({
      net: ['host', 'linuxkit'],
      ipc: ['host', 'linuxkit'],
      uts: ['host', 'linuxkit'],
      pid: ['new', 'linuxkit'],
      user: ['host', 'linuxkit'],
      mount: ['new', 'linuxkit'],
    });
  });

  it('net: none is a new, empty namespace; ipc: none is a path; the label fills in the rest', () => {
    const r = run('onboot:\n  - name: f\n    image: linuxkit/format:v1\n    net: none\n    ipc: none\n    pid: host\n', 'f');
    expect(r.namespaces.net).toMatchObject({ value: 'new', origin: 'config' });
    expect(r.namespaces.ipc).toMatchObject({ value: 'none', origin: 'config' });
    expect(r.namespaces.pid).toMatchObject({ value: 'host', origin: 'config' });
    expect(run('onboot:\n  - name: f\n    image: linuxkit/format:v1\n', 'f').namespaces.net).toEqual({ value: 'new', origin: 'image' });
  });

  it('a path joins that namespace', () => {
    const r = run('services:\n  - name: a\n    image: x:1\n    net: /run/netns/wg\n', 'a');
    expect(r.namespaces.net.value).toBe('/run/netns/wg');
  });
});

describe('process', () => {
  it('command, env and cwd from the config; unknown (from the image) otherwise', () => {
    const r = run('services:\n  - name: a\n    image: x:1\n    command: [sh, -c, "echo hi"]\n    env: [A=1]\n', 'a');
    expect(r.args).toMatchObject({ value: ['sh', '-c', 'echo hi'], origin: 'config' });
    expect(r.env).toMatchObject({ value: ['A=1'], origin: 'config' });
    expect(r.cwd).toEqual({ value: null, origin: 'image' });
  });

  it('rlimits, sysctl and devices', () => {
    const text = `services:
  - name: a
    image: x:1
    rlimits: ["nofile,1024,unlimited"]
    sysctl:
      net.ipv4.ip_forward: "1"
    devices:
      - path: /dev/fuse
        type: c
        major: 10
        minor: 229
        mode: "0666"
`;
    const r = run(text, 'a');
    expect(r.rlimits.value).toEqual([{ type: 'RLIMIT_NOFILE', soft: '1024', hard: '18446744073709551615' }]);
    expect(r.sysctl.value).toEqual({ 'net.ipv4.ip_forward': '1' });
    expect(r.devices.value).toEqual([{ path: '/dev/fuse', type: 'c', major: 10, minor: 229, mode: '0666' }]);
    expect(r.errors).toEqual([]);
  });

  it('refuses an rlimit bound above 2^64-1 and reads a device mode as strconv.ParseInt(mode, 8, 32) does', () => {
    const text = `services:
  - name: a
    image: alpine:3.21
    rlimits: ["nofile,1024,18446744073709551616"]
    devices:
      - path: /dev/a
        type: c
        mode: "+0666"
      - path: /dev/b
        type: c
        mode: "77777777777"
`;
    const r = run(text, 'a');
    expect(r.rlimits.value).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'cannot use rlimit: nofile,1024,18446744073709551616',
      'cannot parse device mode as octal value: 77777777777',
    ]);
  });

  it("a package's devices come from its label", () => {
    expect(run('onboot:\n  - name: f\n    image: linuxkit/format:v1\n', 'f').devices).toEqual({ value: [{ path: 'all', type: 'b' }], origin: 'image' });
  });
});
