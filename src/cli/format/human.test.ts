import { describe, expect, it } from 'vitest';
import type { FileReport } from '../checkFile.ts';
import { summary } from './human.ts';

const d = (severity: 'error' | 'warning' | 'info') => ({ severity, code: 'c', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 });
const file = (name: string, ...diagnostics: ReturnType<typeof d>[]): FileReport => ({
  file: name,
  valid: !diagnostics.some((x) => x.severity === 'error'),
  diagnostics,
});

describe('summary', () => {
  it('counts errors and warnings across files, singular and plural', () => {
    expect(summary([file('a', d('error'), d('warning')), file('b', d('error')), file('c')])).toBe('2 errors, 1 warning in 3 files');
    expect(summary([file('a')])).toBe('0 errors, 0 warnings in 1 file');
  });

  it('mentions infos and unchecked files only when there are some', () => {
    const unchecked: FileReport = { file: 'x', valid: false, diagnostics: [], error: { code: 'ENOENT', message: 'cannot read: no such file' } };
    expect(summary([file('a', d('info')), unchecked])).toBe('0 errors, 0 warnings, 1 info, 1 file not checked in 2 files');
  });
});
