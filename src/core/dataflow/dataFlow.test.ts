import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { runtimeOf } from '../runtime/containerRuntime.ts';
import { dataFlow } from './dataFlow.ts';
import { explainStage } from './explainStage.ts';

function flowOf(text: string) {
  const { model } = analyze(text).parsed;
  return dataFlow(model, runtimeOf(model));
}
const rows = (text: string) =>
  flowOf(text).stages.flatMap((s) => s.accesses.map((a) => `${s.id} ${a.containerName} ${a.access} ${a.target} ${a.kind} ${a.origin}`));

describe('data flow between stages', () => {
  it('orders stages onboot 1.., services together, onshutdown 1..; ro reads, rw writes', () => {
    const text = `onboot:
  - name: fill
    image: alpine:3.20
    binds: [data:/data]
  - name: check
    image: alpine:3.20
    binds: ["data:/data:ro"]
services:
  - name: web
    image: nginx:1.25
    binds: ["data:/srv:ro,shared"]
  - name: api
    image: x:1
onshutdown:
  - name: save
    image: alpine:3.20
    mounts:
      - type: bind
        source: data
        destination: /d
        options: [rbind, ro]
volumes:
  - name: data
`;
    const flow = flowOf(text);
    expect(flow.stages.map((s) => s.id)).toEqual(['onboot:1', 'onboot:2', 'services', 'onshutdown:1']);
    expect(flow.stages[2].containers.map((c) => c.name)).toEqual(['web', 'api']);
    expect(rows(text)).toEqual([
      'onboot:1 fill write data volume config',
      'onboot:2 check read data volume config',
      'services web read data volume config',
      'onshutdown:1 save read data volume config',
    ]);
    expect(flow.findings).toEqual([]);
  });

  it("shows host paths that several containers share, or one inside another's, image defaults included", () => {
    const text = `onboot:
  - name: dhcpcd
    image: linuxkit/dhcpcd:v1
services:
  - name: getty
    image: linuxkit/getty:v1
  - name: logger
    image: x:1
    binds: ["/var/log:/logs:ro"]
`;
    const r = rows(text);
    expect(r).toContain('services getty write /var/log host image');
    expect(r).toContain('services logger read /var/log host config');
    // dhcpcd writes /run/resolvconf, inside the /run getty binds: shared
    expect(r).toContain('onboot:1 dhcpcd write /run/resolvconf host image');
    expect(r).toContain('services getty write /run host image');
    // /etc/resolv.conf and /usr/bin/ctr are getty's alone (its /etc bind is its own too): not shown
    expect(r.some((x) => x.includes('/etc/resolv.conf') || x.includes('/usr/bin/ctr'))).toBe(false);
    expect(flowOf(text).targets.find((t) => t.name === '/var/log')).toEqual({ name: '/var/log', kind: 'host' });
  });

  it('finds a blank volume read before any stage can write it', () => {
    const text = `onboot:
  - name: early
    image: alpine:3.20
    binds: ["cache:/c:ro"]
services:
  - name: web
    image: nginx:1.25
    binds: [cache:/c]
volumes:
  - name: cache
`;
    const f = flowOf(text).findings;
    expect(f.map((x) => [x.kind, x.stage, x.target])).toEqual([['read-before-write', 'onboot:1', 'cache']]);
    expect(f[0].mountId).toBe('mount:onboot:early:/c');
    expect(f[0].message).toContain('`early` reads blank volume `cache`');
  });

  it('an image volume read first is fine: it has the image files', () => {
    const text = 'onboot:\n  - name: a\n    image: x:1\n    binds: ["v:/v:ro"]\n  - name: b\n    image: x:1\n    binds: [v:/v]\nvolumes:\n  - name: v\n    image: alpine:3.21\n';
    expect(flowOf(text).findings).toEqual([]);
  });

  it('finds a blank volume nobody writes', () => {
    const text = 'services:\n  - name: a\n    image: x:1\n    binds: ["v:/v:ro"]\nvolumes:\n  - name: v\n';
    expect(flowOf(text).findings.map((x) => x.kind)).toEqual(['never-written']);
  });

  it('finds two services writing one volume at once, not an onboot step and a service', () => {
    const text = `onboot:
  - name: init
    image: x:1
    binds: [v:/v]
services:
  - name: a
    image: x:1
    binds: [v:/v]
  - name: b
    image: x:1
    binds.add: [v:/data]
volumes:
  - name: v
`;
    const f = flowOf(text).findings;
    expect(f.map((x) => [x.kind, x.containerIds])).toEqual([['concurrent-writers', ['container:services:a', 'container:services:b']]]);
  });

  it('finds a path a later bind hides', () => {
    const text = 'services:\n  - name: a\n    image: x:1\n    tmpfs: [/run]\n    binds: ["/dev:/dev", "/var/run:/run"]\n';
    const f = flowOf(text).findings;
    expect(f.map((x) => [x.kind, x.destination])).toEqual([
      ['hidden-path', '/dev'],
      ['hidden-path', '/run'],
    ]);
    expect(f[0].message).toBe("`a`: this bind mount at `/dev` replaces LinuxKit's own tmpfs mount of `tmpfs` (LinuxKit keeps one mount per destination, the later one).");
    expect(f[1].message).toContain("the file's tmpfs mount");
  });

  it('explains each stage in a sentence', () => {
    const text = 'onboot:\n  - name: fill\n    image: x:1\n    binds: [v:/v]\nservices:\n  - name: a\n    image: x:1\n    binds: ["v:/v:ro"]\nvolumes:\n  - name: v\n';
    const { stages } = flowOf(text);
    expect(explainStage(stages[0], 0, 1)).toBe('Step 1 of 1: `fill` runs to completion before the next step starts, and sees everything earlier steps wrote. It may write `v`.');
    expect(explainStage(stages[1], 1, 1)).toContain('It only reads `v`.');
  });
});
