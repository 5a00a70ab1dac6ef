import { describe, expect, it } from 'vitest';
import { bindSyntax } from './bindSyntax.ts';
import { invalidMount } from './invalidMount.ts';
import { run } from './testing.ts';
import { tmpfsSyntax } from './tmpfsSyntax.ts';

const onboot = (body: string) => `onboot:\n  - name: a\n    image: alpine:3.20\n${body}`;

describe('bind-syntax', () => {
  it('accepts two or three parts', () => {
    expect(run(bindSyntax, onboot(`    binds:\n      - /a:/a\n      - /b:/b:ro,rshared\n`))).toEqual([]);
  });

  it('flags fewer than two and more than three parts', () => {
    const found = run(bindSyntax, onboot(`    binds:\n      - data\n      - /a:/b:ro:rshared\n`));
    expect(found.map((d) => [d.code, d.severity, d.text, d.target])).toEqual([
      ['bind-syntax', 'error', 'data', 'mount:onboot:a:'],
      ['bind-syntax', 'error', '/a:/b:ro:rshared', 'mount:onboot:a:/b'],
    ]);
    expect(found[0].message).toContain('e.g. `data:/data`');
    expect(found[1].message).toContain('has 3 `:`');
  });

  it('checks binds.add only when binds is absent, as LinuxKit then ignores binds.add', () => {
    expect(run(bindSyntax, onboot(`    binds.add:\n      - /x\n`)).map((d) => d.text)).toEqual(['/x']);
    expect(run(bindSyntax, onboot(`    binds: []\n    binds.add:\n      - /x\n`))).toEqual([]);
  });
});

describe('tmpfs-syntax', () => {
  it('accepts a destination with or without options', () => {
    expect(run(tmpfsSyntax, onboot(`    tmpfs:\n      - /tmp\n      - /run:size=10m,mode=0755\n`))).toEqual([]);
  });

  it('flags a second colon', () => {
    const [d] = run(tmpfsSyntax, onboot(`    tmpfs:\n      - /tmp:size=10m:noexec\n`));
    expect(d).toMatchObject({ code: 'tmpfs-syntax', severity: 'error', text: '/tmp:size=10m:noexec', target: 'container:onboot:a' });
    expect(d.message).toContain('`/tmp:size=10m,noexec`');
  });
});

describe('invalid-mount', () => {
  it('accepts mounts whose type and destination LinuxKit can infer', () => {
    const yaml = onboot(`    mounts:
      - source: proc
      - source: cgroup
        options: [ro]
      - destination: /dev
      - type: tmpfs
        destination: /scratch
      - type: devpts
`);
    expect(run(invalidMount, yaml)).toEqual([]);
  });

  it('flags a mount with no type LinuxKit can infer', () => {
    const [d] = run(invalidMount, onboot(`    mounts:\n      - source: /var\n        destination: /var\n`));
    expect(d).toMatchObject({ code: 'invalid-mount', severity: 'error', text: 'source: /var\n        destination: /var', target: 'mount:onboot:a:/var' });
    expect(d.message).toContain('add `type:`');
  });

  it('leaves non-string fields to the schema check', () => {
    expect(run(invalidMount, onboot(`    mounts:\n      - type: 5\n        destination: /x\n      - type: tmpfs\n        destination: [a]\n`))).toEqual([]);
  });

  it('flags a mount type with no default destination', () => {
    const [d] = run(invalidMount, onboot(`    mounts:\n      - type: tmpfs\n`));
    expect(d).toMatchObject({ text: 'type: tmpfs', target: 'mount:onboot:a:' });
    expect(d.message).toContain('add `destination:`');
  });
});
