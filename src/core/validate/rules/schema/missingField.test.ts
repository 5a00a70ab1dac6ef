import { describe, expect, it } from 'vitest';
import { runSchema } from './testkit.ts';

const missing = (text: string) => runSchema(text).filter((d) => d.code === 'missing-field');

describe('missing-field', () => {
  it('accepts containers with a name and an image in every section', () => {
    expect(missing('onboot:\n  - name: a\n    image: b\nservices:\n  - {name: c, image: d}\nonshutdown:\n  - name: e\n    image: f\n')).toEqual([]);
  });

  it('reports a container without an image on its first key, naming section, index and name', () => {
    const text = 'services:\n  - name: a\n    image: b\n  - name: b\n    image: c\n  - name: rngd\n    net: host\n';
    const [d] = missing(text);
    expect(d.at).toBe('name');
    expect(d.diagnostic.span.start).toBe(text.indexOf('name: rngd'));
    expect(d.message).toBe('services[2] (`rngd`) has no `image`; add `image: <image reference>`.');
    expect(d.target).toBe('container:services:rngd');
  });

  it.each(['onboot', 'onshutdown'])('reports a missing name in %s', (section) => {
    const [d] = missing(`${section}:\n  - image: alpine\n`);
    expect(d.at).toBe('image');
    expect(d.message).toBe(`${section}[0] has no \`name\`; add \`name: <unique name>\`.`);
  });

  it('reports both when an empty mapping has neither, spanning the mapping', () => {
    const [d] = missing('services:\n  - {}\n');
    expect(d.at).toBe('{}');
    expect(d.message).toContain('has no `name` and no `image`');
  });

  it('counts a key present with an empty value as present (then it is a wrong type)', () => {
    const found = runSchema('services:\n  - name: a\n    image:\n');
    expect(found.map((d) => d.code)).toEqual(['wrong-type']);
  });

  it('counts keys brought in by a merge key', () => {
    const text = 'onboot:\n  - &base\n    name: a\n    image: b\nservices:\n  - <<: *base\n    name: c\n';
    expect(missing(text)).toEqual([]);
  });

  it('does not require name or image of volumes, files or the kernel', () => {
    expect(missing('kernel: {cmdline: x}\nvolumes:\n  - image: a\nfiles:\n  - contents: x\n')).toEqual([]);
  });
});
