import { describe, expect, it } from 'vitest';
import { featuredRef, imageRepository, packageCatalog, packageDefaultsFor } from './packageDefaults.ts';

const GETTY_TAG = 'a86d74c8f89be8956330c3b115b0b1f2e09ef6e0';
const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('imageRepository', () => {
  it.each([
    ['linuxkit/getty', 'linuxkit/getty'],
    [`linuxkit/getty:${GETTY_TAG}`, 'linuxkit/getty'],
    [`docker.io/linuxkit/getty:${GETTY_TAG}`, 'linuxkit/getty'],
    [`linuxkit/getty@${DIGEST}`, 'linuxkit/getty'],
    [`linuxkit/getty:v1@${DIGEST}`, 'linuxkit/getty'],
    ['localhost:5000/linuxkit/getty', 'localhost:5000/linuxkit/getty'],
    ['localhost:5000/linuxkit/getty:v1', 'localhost:5000/linuxkit/getty'],
  ])('%s → %s', (ref, repo) => {
    expect(imageRepository(ref)).toBe(repo);
  });
});

describe('packageDefaultsFor', () => {
  it('finds a package by any form of its reference', () => {
    for (const ref of ['linuxkit/getty', `linuxkit/getty:${GETTY_TAG}`, `docker.io/linuxkit/getty:${GETTY_TAG}`, `linuxkit/getty@${DIGEST}`]) {
      const d = packageDefaultsFor(ref);
      expect(d?.image).toBe('linuxkit/getty');
      expect(d?.config.binds).toContain('/etc/resolv.conf:/etc/resolv.conf');
    }
  });

  it('gives one and the same object for every reference to a package', () => {
    const a = packageDefaultsFor(`linuxkit/getty:${GETTY_TAG}`);
    expect(a).toEqual({ package: 'getty', image: 'linuxkit/getty', config: expect.objectContaining({ binds: expect.any(Array) }) });
    expect(packageDefaultsFor('docker.io/linuxkit/getty:other')).toBe(a);
  });

  it('keeps device modes as the strings LinuxKit reads', () => {
    expect(packageDefaultsFor('linuxkit/kmsg:x')?.config.devices).toEqual([
      { path: '/dev/kmsg', type: 'c', major: 1, minor: 11, mode: '0666' },
    ]);
  });

  it('gives an empty config for packages without a config block', () => {
    expect(packageDefaultsFor('linuxkit/poweroff:x')?.config).toEqual({});
  });

  it('knows nothing of other images', () => {
    expect(packageDefaultsFor('alpine:3.20')).toBeUndefined();
    expect(packageDefaultsFor('linuxkit/not-a-package:1')).toBeUndefined();
    expect(packageDefaultsFor('linuxkit/constructor')).toBeUndefined();
    expect(packageDefaultsFor('example.com/linuxkit/getty:1')).toBeUndefined();
  });
});

describe('packageCatalog', () => {
  it('lists every package once, most used first, with its most common pinned tag', () => {
    const catalog = packageCatalog();
    expect(new Set(catalog.map((e) => e.package)).size).toBe(catalog.length);
    const uses = catalog.map((e) => e.uses);
    expect([...uses].sort((a, b) => b - a)).toEqual(uses);
    const getty = catalog.find((e) => e.package === 'getty');
    expect(getty).toMatchObject({ image: 'linuxkit/getty', tag: GETTY_TAG, ref: `linuxkit/getty:${GETTY_TAG}` });
  });

  it('falls back to the bare image when the corpus never pins the package', () => {
    for (const e of packageCatalog()) {
      expect(e.ref).toBe(e.tag === null ? e.image : `${e.image}:${e.tag}`);
    }
  });
});

describe('featuredRef', () => {
  it('gives the catalog reference of the packages the palette offers, and nothing for others', () => {
    const catalog = packageCatalog();
    for (const name of ['sysctl', 'getty', 'sshd', 'poweroff']) {
      expect(featuredRef(name)).toBe(catalog.find((e) => e.package === name)?.ref);
    }
    expect(featuredRef('getty')).toBe(`linuxkit/getty:${GETTY_TAG}`);
    expect(featuredRef('acpid')).toBeUndefined();
    expect(featuredRef('constructor')).toBeUndefined();
  });
});
