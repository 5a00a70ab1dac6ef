import { describe, expect, it } from 'vitest';
import { expandReference } from './expandReference.ts';
import { parseReference } from './parseReference.ts';
import { isPackageTemplate } from './templates.ts';

const SHA = 'a'.repeat(64);

describe('expandReference (LinuxKit ReferenceExpand)', () => {
  it.each([
    ['alpine', 'docker.io/library/alpine'],
    ['alpine:3.20', 'docker.io/library/alpine:3.20'],
    ['linuxkit/init:v1', 'docker.io/linuxkit/init:v1'],
    ['ghcr.io/org/app', 'ghcr.io/org/app'],
    ['localhost/app', 'localhost/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
    ['a/b/c', 'a/b/c'],
  ])('%s -> %s', (ref, expanded) => {
    expect(expandReference(ref)).toBe(expanded);
  });
});

describe('parseReference', () => {
  it.each([
    ['alpine', { domain: 'docker.io', path: 'library/alpine' }],
    ['alpine:3.20', { domain: 'docker.io', path: 'library/alpine', tag: '3.20' }],
    ['linuxkit/kernel:6.6.71-rt', { domain: 'docker.io', path: 'linuxkit/kernel', tag: '6.6.71-rt' }],
    ['localhost:5000/my_app:V1_x', { domain: 'localhost:5000', path: 'my_app', tag: 'V1_x' }],
    ['[::1]:5000/app', { domain: '[::1]:5000', path: 'app' }],
    ['REGISTRY.example.com/org/app', { domain: 'REGISTRY.example.com', path: 'org/app' }],
    ['ghcr.io/a__b/c-d--e.f', { domain: 'ghcr.io', path: 'a__b/c-d--e.f' }],
    [`alpine@sha256:${SHA}`, { domain: 'docker.io', path: 'library/alpine', digest: `sha256:${SHA}` }],
    [`alpine:3.20@sha256:${SHA}`, { domain: 'docker.io', path: 'library/alpine', tag: '3.20', digest: `sha256:${SHA}` }],
    [`org/app@sha512:${'0'.repeat(128)}`, { domain: 'docker.io', path: 'org/app', digest: `sha512:${'0'.repeat(128)}` }],
  ])('accepts %s', (ref, parts) => {
    expect(parseReference(ref)).toEqual({ ok: true, ...parts });
  });

  it.each([
    ['', /is empty/],
    ['alpine :3.20', /whitespace/],
    ['alpine\t', /whitespace/],
    ['https://ghcr.io/org/app:1', /`:\/\/`/],
    ['MyOrg/app:1', /uppercase letters in the repository path `MyOrg`/],
    ['ghcr.io/org/App', /uppercase letters in the repository path `App`/],
    ['alpine:', /empty tag/],
    ['alpine:.hidden', /invalid tag `.hidden`/],
    ['alpine:a+b', /invalid tag `a\+b`/],
    [`alpine:${'x'.repeat(129)}`, /invalid tag/],
    ['alpine@sha256:abc', /malformed digest/],
    [`alpine@md5:${SHA}`, /unsupported digest algorithm `md5`/],
    [`alpine@sha256:${'A'.repeat(64)}`, /64 lowercase hex digits/],
    [`alpine@sha256:${'a'.repeat(40)}`, /40 characters/],
    [`a@b@sha256:${SHA}`, /more than one `@`/],
    ['ghcr.io//app', /empty path component/],
    ['ghcr.io/app/', /empty path component/],
    ['org/-app', /invalid repository path component `-app`/],
    ['org/a..b', /invalid repository path component `a..b`/],
    ['my-host:port/app', /invalid registry `my-host:port`/],
    ['@foo:bar', /only LinuxKit template is `@pkg:/],
    [`ghcr.io/${'a'.repeat(250)}`, /limit is 255/],
  ])('rejects %j', (ref, reason) => {
    const result = parseReference(ref);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('isPackageTemplate', () => {
  it('recognises only `@pkg:` with a path', () => {
    expect(isPackageTemplate('@pkg:./pkg/init')).toBe(true);
    expect(isPackageTemplate('@pkg:')).toBe(false);
    expect(isPackageTemplate('@foo:bar')).toBe(false);
    expect(isPackageTemplate('linuxkit/init:v1')).toBe(false);
  });
});
