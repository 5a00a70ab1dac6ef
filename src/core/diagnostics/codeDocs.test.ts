import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_DOCS } from './codeDocs.ts';
import { DIAGNOSTIC_CODES } from './codes.ts';

/** The codes of DESIGN.md's tables (`| \`code\` | when |`, and the `a`, `b` rows). */
function designCodes(): string[] {
  const design = readFileSync(resolve(import.meta.dirname, '../../../../shared/DESIGN.md'), 'utf8');
  const section = design.slice(design.indexOf('### Diagnostic codes'), design.indexOf('### UI test hooks'));
  return [...section.matchAll(/^\| (`[a-z0-9-]+`(?:, `[a-z0-9-]+`)*)(?: \(\w+\))? \|/gm)].flatMap((m) => m[1].split(', ').map((c) => c.slice(1, -1)));
}

describe('CODE_DOCS', () => {
  it('documents every code the validator emits (src/core/diagnostics/codes.ts)', () => {
    expect(DIAGNOSTIC_CODES.filter((c) => !(c in CODE_DOCS))).toEqual([]);
  });

  it('documents every code DESIGN.md lists, and nothing else', () => {
    const design = designCodes();
    expect(design.length).toBeGreaterThan(40);
    expect(design.filter((c) => !(c in CODE_DOCS))).toEqual([]);
    expect(Object.keys(CODE_DOCS).filter((c) => !design.includes(c))).toEqual([]);
  });

  it.each(Object.entries(CODE_DOCS))('%s has a short and a full description and a fix, as sentences', (_code, doc) => {
    for (const text of [doc.short, doc.full, doc.fix]) expect(text).toMatch(/^[A-Z`].{8,}[.)]$/s);
    expect(doc.short.length).toBeLessThan(80);
    expect(doc.full.length).toBeGreaterThan(doc.short.length);
  });
});
