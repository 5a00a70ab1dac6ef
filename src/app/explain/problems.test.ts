import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze.ts';
import { explainProblems } from './problems.ts';

describe('explainProblems', () => {
  it('explains each code of the selected element once, and nothing of other elements', () => {
    const text = 'services:\n  - name: a\n    image: x:1\n    ipc: none\n    uts: none\n  - name: b\n    image: x:1\n    ipc: none\n';
    const { diagnostics } = analyze(text);
    const parts = explainProblems(diagnostics, 'container:services:a');
    expect(parts.map((p) => p.heading)).toEqual(['Why `namespace-path`']);
    expect(parts[0].text).toMatch(/Only `net` knows `none`/);
    expect(explainProblems(diagnostics, 'container:services:nothing')).toEqual([]);
  });
});
