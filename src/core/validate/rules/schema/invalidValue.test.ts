import { describe, expect, it } from 'vitest';
import { runSchema } from './testkit.ts';

const invalid = (text: string) => runSchema(text).filter((d) => d.code === 'invalid-value');

describe('invalid-value', () => {
  it.each(['oci', 'filesystem', '"oci"'])('accepts format %s', (format) => {
    expect(runSchema(`volumes:\n  - name: v\n    image: a\n    format: ${format}\n`)).toEqual([]);
  });

  it('reports a format outside the enum on the value, listing the allowed ones', () => {
    const [d] = invalid('volumes:\n  - name: v\n    image: a\n    format: squashfs\n');
    expect(d.at).toBe('squashfs');
    expect(d.message).toBe('`format` is `squashfs`; it must be one of: oci, filesystem.');
    expect(d.target).toBe('volume:v');
  });

  it('is case-sensitive, as LinuxKit is', () => {
    expect(invalid('volumes:\n  - name: v\n    format: OCI\n')).toHaveLength(1);
  });

  it('reports a number, a list or nothing as not in the enum', () => {
    expect(invalid('volumes:\n  - name: v\n    format: 1\n')[0].message).toContain('is `1`');
    expect(invalid('volumes:\n  - name: v\n    format: [oci]\n')[0].message).toContain('a list');
    const [empty] = invalid('volumes:\n  - name: v\n    format:\n');
    expect(empty.at).toBe('format');
    expect(empty.message).toContain('has no usable value');
  });
});
