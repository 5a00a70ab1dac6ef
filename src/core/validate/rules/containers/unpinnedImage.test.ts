import { describe, expect, it } from 'vitest';
import { runRule } from './ruleTesting.ts';
import { unpinnedImage } from './unpinnedImage.ts';

describe('unpinned-image', () => {
  it('accepts tags other than latest, digests (even with latest), templates and invalid references', () => {
    const yaml = `kernel:
  image: linuxkit/kernel:6.6.71
init:
  - "@pkg:./pkg/init"
  - linuxkit/runc:latest@sha256:${'a'.repeat(64)}
services:
  - name: web
    image: nginx:1.25
  - name: bad
    image: "Bad Image"
`;
    expect(runRule(unpinnedImage, yaml)).toEqual([]);
  });

  it('gives an info for no tag and for :latest, in every place an image is written', () => {
    const yaml = `init:
  - linuxkit/init
onboot:
  - name: tool
    image: busybox:latest
volumes:
  - name: data
    image: example/data
`;
    const found = runRule(unpinnedImage, yaml);
    expect(found.map((d) => [d.code, d.severity, d.covers, d.target])).toEqual([
      ['unpinned-image', 'info', 'linuxkit/init', undefined],
      ['unpinned-image', 'info', 'busybox:latest', 'container:onboot:tool'],
      ['unpinned-image', 'info', 'example/data', 'volume:data'],
    ]);
    expect(found[1].message).toBe(
      'The image of onboot container `tool` `busybox:latest` uses `:latest`, so each build may get a different image; pin a tag or digest, e.g. `busybox:<version>` or `busybox@sha256:<digest>`.',
    );
    expect(found[0].message).toContain('has no tag');
  });

  it('says a name once when the container is named like its image', () => {
    const [found] = runRule(unpinnedImage, 'services:\n  - name: sshd\n    image: sshd\n');
    expect(found.message).toBe(
      'The image of service `sshd` has no tag, so each build may get a different image; pin a tag or digest, e.g. `sshd:<version>` or `sshd@sha256:<digest>`.',
    );
  });
});
