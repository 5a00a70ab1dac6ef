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
