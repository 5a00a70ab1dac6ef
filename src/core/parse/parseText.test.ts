import { describe, expect, it } from 'vitest';
import { parseText } from './parseText.ts';

describe('parseText diagnostic spans', () => {
  // found by tests/properties/robustness.test.ts: yaml reported `[` at [1, 2) in a 1-character text,
  // and the duplicate empty key of `:\n&a` was spanned as [4, 5) in a 4-character text
  it.each(['[', 'a: "b', "services:\n  - name: 'x", 'onboot: [a, {b: c', ':\n&a'])('stay inside the text for %j', (text) => {
    const { diagnostics } = parseText(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.start).toBeLessThanOrEqual(d.span.end);
      expect(d.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('parseText: one typo, one syntax error', () => {
  it('reports the first of a cascade of parser errors, as go-yaml does, saying how many more follow', () => {
    // an unclosed `[`: the yaml library reports one error per line after it
    const text = 'onboot:\n  - name: [dhcpcd\n    image: linuxkit/dhcpcd:v1\n    binds:\n      - data:/data\nservices:\n  - name: web\n    image: nginx\n';
    const syntax = parseText(text).diagnostics.filter((d) => d.code === 'yaml-syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0].message).toMatch(/\(The parser reports \d+ more errors after this one; they usually follow from it\.\)$/);
  });

  it('leaves a single error as it was, and keeps other kinds beside the first syntax error', () => {
    const single = parseText('services:\n  - name: web\n   image: nginx\n').diagnostics;
    expect(single.map((d) => d.message)).toEqual(['Sequence item without - indicator.']);
    const mixed = parseText('a: 1\na: 2\nb: [x\nc: "y\n').diagnostics;
    expect(mixed.filter((d) => d.code === 'yaml-syntax')).toHaveLength(1);
    expect(mixed.some((d) => d.code === 'duplicate-key')).toBe(true);
  });
});
