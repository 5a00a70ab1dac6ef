import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSchema } from './testkit.ts';

describe('schema rules on unusual YAML', () => {
  it('checks an aliased value against the schema where it is used', () => {
    const text = 'x: &flag yes\nvolumes:\n  - name: v\n    readonly: *flag\n';
    const codes = runSchema(text).map((d) => [d.code, d.at]);
    expect(codes).toContainEqual(['unknown-field', 'x']);
    expect(codes).toContainEqual(['wrong-type', '*flag']);
  });

  it('reports a problem inside an anchored node once, however often it is aliased', () => {
    const text = 'services:\n  - &c\n    name: a\n    image: b\n    bind: []\n  - *c\n  - *c\n';
    expect(runSchema(text).filter((d) => d.code === 'unknown-field')).toHaveLength(1);
  });

  it('applies merge keys as Go yaml.v3 does: explicit keys win, merged ones are checked', () => {
    const text = 'onboot:\n  - &base\n    name: a\n    image: b\n    readonly: true\nservices:\n  - <<: *base\n    name: c\n';
    expect(runSchema(text)).toEqual([]);
    const bad = 'onboot:\n  - &base\n    name: a\n    image: b\n    bnds: []\nservices:\n  - <<: [*base]\n    name: c\n';
    expect(runSchema(bad).map((d) => d.code)).toEqual(['unknown-field']);
  });

  it('stays finite on an alias explosion', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`);
    lines.push('init: *a11');
    const started = Date.now();
    const found = runSchema(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(found.filter((d) => d.code === 'unknown-field')).toHaveLength(12);
  });

  it('never throws and never reports outside the text, whatever the YAML', () => {
    const piece = fc.constantFrom(
      'services:', 'onboot:', 'volumes:', 'kernel:', 'files:', '  - ', '    ', 'name: a', 'image: b', 'readonly: yes',
      'mode: 0600', '&a ', '*a', '<<: *a', '[', ']', '{', '}', ', ', ': ', '~', '1.5', '"x"', '? ', '\n', 'binds: /a:/b',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        for (const d of runSchema(text)) {
          expect(d.diagnostic.span.start).toBeGreaterThanOrEqual(0);
          expect(d.diagnostic.span.end).toBeLessThanOrEqual(text.length);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports nothing for a text that is not YAML at all or is empty', () => {
    expect(runSchema('')).toEqual([]);
    expect(runSchema('# only a comment\n')).toEqual([]);
  });
});
