import { describe, expect, it } from 'vitest';
import { bindsReplaceImageDefaults } from './bindsReplaceImageDefaults.ts';
import { duplicateMountDestination } from './duplicateMountDestination.ts';
import { run } from './testing.ts';

describe('duplicate-mount-destination', () => {
  it('accepts distinct destinations, and the same destination in different containers', () => {
    const yaml = `services:
  - name: a
    image: alpine:3.20
    tmpfs: [/tmp]
    binds: [/var:/var]
    mounts: [{type: tmpfs, destination: /run}]
  - name: b
    image: alpine:3.20
    binds: [/var:/var]
`;
    expect(run(duplicateMountDestination, yaml)).toEqual([]);
  });

  it('warns on the later mount in LinuxKit order: tmpfs, then binds, then mounts', () => {
    const yaml = `services:
  - name: a
    image: alpine:3.20
    mounts:
      - type: tmpfs
        destination: /data
    binds:
      - data:/data
    tmpfs:
      - /data
`;
    const found = run(duplicateMountDestination, yaml);
    expect(found.map((d) => [d.code, d.severity, d.text, d.target])).toEqual([
      ['duplicate-mount-destination', 'warning', '/data', 'mount:services:a:/data'],
      ['duplicate-mount-destination', 'warning', '/data', 'mount:services:a:/data#2'],
    ]);
    expect(found[0].span.start).toBe(yaml.indexOf('data:/data') + 5);
    expect(found[0].message).toContain('the tmpfs entry `/data` is silently replaced by the bind `data:/data`');
    expect(found[1].span.start).toBe(yaml.indexOf('/data'));
    expect(found[1].fixes?.[0].command).toEqual({ type: 'removeMount', mountId: 'mount:services:a:/data#2' });
  });

  it('ignores binds.add when binds is set, as LinuxKit does', () => {
    const yaml = `onboot:\n  - name: a\n    image: alpine:3.20\n    binds: [/x:/x]\n    binds.add: [/y:/x]\n`;
    expect(run(duplicateMountDestination, yaml)).toEqual([]);
  });
});

describe('binds-replace-image-defaults', () => {
  const getty = 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0';

  it('accepts binds.add, images that are no package, and binds that keep every default', () => {
    const yaml = `services:
  - name: getty
    image: ${getty}
    binds.add: [/etc/motd:/etc/motd]
  - name: other
    image: alpine:3.20
    binds: [/a:/a]
  - name: acpid
    image: docker.io/linuxkit/acpid:v1
    binds: [/dev:/dev, /x:/x]
`;
    expect(run(bindsReplaceImageDefaults, yaml)).toEqual([]);
  });

  it('warns on the binds key and names what is lost', () => {
    const yaml = `services:\n  - name: getty\n    image: ${getty}\n    binds:\n      - /etc/motd:/etc/motd\n      - /mydev:/dev\n`;
    const [d] = run(bindsReplaceImageDefaults, yaml);
    expect(d).toMatchObject({ code: 'binds-replace-image-defaults', severity: 'warning', text: 'binds', target: 'container:services:getty' });
    expect(d.message).toBe(
      '`binds:` replaces the binds that linuxkit/getty brings, so this container loses 10 default binds ' +
        '(`/etc/resolv.conf`, `/run`, `/tmp`, and 7 more). Use `binds.add:` to keep them and add yours.',
    );
  });
});
