import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { NEW_CONFIG } from './newConfig.ts';

describe('a new config', () => {
  it('validates clean and holds no containers yet', () => {
    const analysis = analyze(NEW_CONFIG);
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.parsed.model.containers).toEqual([]);
  });

  it('holds no placeholder comment that would end up in an export', () => {
    expect(NEW_CONFIG).not.toMatch(/^\s*#/m);
  });
});
