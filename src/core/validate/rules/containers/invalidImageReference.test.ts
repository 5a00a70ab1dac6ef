import { describe, expect, it } from 'vitest';
import { correctedReference, invalidImageReference } from './invalidImageReference.ts';
import { runRule } from './ruleTesting.ts';

describe('invalid-image-reference', () => {
  it('accepts valid references everywhere, @pkg templates, an empty kernel image and a blank volume', () => {
    const yaml = `kernel:
  image: ""
init:
  - linuxkit/init:v1.0.0
  - "@pkg:./pkg/runc"
onboot:
  - name: a
    image: ghcr.io/org/tool@sha256:${'0'.repeat(64)}
services:
  - name: web
    image: nginx
volumes:
  - name: data
    image: ""
  - name: cfg
    image: localhost:5000/config:1.0
`;
    expect(runRule(invalidImageReference, yaml)).toEqual([]);
  });

  it('reports each place LinuxKit parses an image, with target and span on the value', () => {
    const yaml = `kernel:
  image: "linuxkit/kernel :6.6"
init:
  - https://docker.io/linuxkit/init:v1
onboot:
  - name: fmt
    image: MyOrg/format:v1
services:
  - name: web
    image: ""
volumes:
  - name: cfg
    image: example/config:1.0@sha256:abc
`;
    const found = runRule(invalidImageReference, yaml);
    expect(found.map((d) => [d.covers, d.target, d.severity])).toEqual([
      ['"linuxkit/kernel :6.6"', undefined, 'error'],
      ['https://docker.io/linuxkit/init:v1', undefined, 'error'],
      ['MyOrg/format:v1', 'container:onboot:fmt', 'error'],
      ['""', 'container:services:web', 'error'],
      ['example/config:1.0@sha256:abc', 'volume:cfg', 'error'],
    ]);
    expect(found.every((d) => d.code === 'invalid-image-reference')).toBe(true);
    expect(found[0].message).toBe(
      'The kernel image `linuxkit/kernel :6.6` contains whitespace; remove it. Perhaps `linuxkit/kernel:6.6`?',
    );
    expect(found[0].fixes).toEqual([]);
    expect(found[1].message).toContain('`://`');
    expect(found[2].message).toContain('The image of onboot container `fmt` `MyOrg/format:v1` has uppercase letters');
    expect(found[2].fixes).toEqual([
      {
        title: 'Use `myorg/format:v1`',
        command: { type: 'setContainerField', containerId: 'container:onboot:fmt', field: 'image', value: 'myorg/format:v1' },
      },
    ]);
    expect(found[3].message).toContain('is empty');
    expect(found[4].message).toContain('malformed digest');
    expect(found[4].fixes).toEqual([]);
  });

  it('reports a template other than @pkg', () => {
    const yaml = `services:\n  - name: a\n    image: "@git:foo"\n`;
    expect(runRule(invalidImageReference, yaml)[0].message).toContain('the only LinuxKit template is `@pkg:');
  });

  it('suggests corrections only when they parse', () => {
    expect(correctedReference('https://ghcr.io/Org/App:V1')).toBe('ghcr.io/org/app:V1');
    expect(correctedReference(' alpine:3.20')).toBe('alpine:3.20');
    expect(correctedReference('alpine:3.20@sha256:abc')).toBeUndefined();
  });
});
