import { describe, expect, it } from 'vitest';
import { parseText } from './parseText.ts';

describe('parseText syntax error spans', () => {
  // found by tests/properties/robustness.test.ts: yaml reported `[` at [1, 2) in a 1-character text
  it.each(['[', 'a: "b', "services:\n  - name: 'x", 'onboot: [a, {b: c'])('stay inside the text for %j', (text) => {
    const { diagnostics } = parseText(text);
    expect(diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    for (const d of diagnostics) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.start).toBeLessThanOrEqual(d.span.end);
      expect(d.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
