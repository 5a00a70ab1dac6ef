import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { fixesInRange } from './fixesInRange.ts';

const CONFIG = `services:
  - name: web
    image: nginx:1.27
    binds:
      - dta:/dta
volumes:
  - name: unused
`;

describe('fixesInRange', () => {
  const { diagnostics } = analyze(CONFIG);
  const at = CONFIG.indexOf('dta:/dta');

  it('finds the fixes of a diagnostic under a bare cursor, at its edges too', () => {
    for (const offset of [at, at + 2, at + 3]) {
      expect(fixesInRange(diagnostics, offset, offset).map((f) => f.fix.title)).toEqual(['Add a blank volume `dta`']);
    }
  });

  it('finds nothing away from a fixable problem, and every fix across a range', () => {
    const image = CONFIG.indexOf('nginx');
    expect(fixesInRange(diagnostics, image, image)).toEqual([]);
    const codes = fixesInRange(diagnostics, 0, CONFIG.length).map((f) => f.diagnostic.code);
    expect(codes).toEqual(['unknown-volume', 'unused-volume']);
  });
});
