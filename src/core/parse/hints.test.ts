import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

describe('syntax hints', () => {
  it('explains a column-0 comment inside a block scalar (accepted by Go, not by YAML 1.2)', () => {
    const src = `files:
  - path: etc/resolv.conf
    contents: |
#      domain test.local
      nameserver 10.10.1.101
`;
    const { diagnostics } = analyze(src);
    const first = diagnostics[0];
    expect(first.code).toBe('yaml-syntax');
    expect(src.slice(first.span.start, first.span.start + 1)).toBe('#');
    expect(first.message).toContain('block scalar');
  });

  it('adds no hint to other syntax errors', () => {
    const { diagnostics } = analyze('services:\n  - name: [a\n');
    expect(diagnostics[0].code).toBe('yaml-syntax');
    expect(diagnostics[0].message).not.toContain('block scalar');
  });
});
