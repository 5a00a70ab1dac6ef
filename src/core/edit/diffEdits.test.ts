import { describe, expect, it } from 'vitest';
import { applyEdits } from './applyEdits.ts';
import { diffEdits } from './diffEdits.ts';

describe('diffEdits', () => {
  const before = 'a: 1\nb: ntpd\nc: 3\nd: ntpd\ne: 5\n';

  it('gives one small edit per changed word, against the original text', () => {
    const after = before.replace(/ntpd/g, 'chrony');
    const edits = diffEdits(before, after);
    expect(edits).toEqual([
      { from: 8, to: 12, insert: 'chrony' },
      { from: 21, to: 25, insert: 'chrony' },
    ]);
    expect(applyEdits(before, edits)).toBe(after);
  });

  it('gives pure insertions and deletions for added and removed lines', () => {
    expect(diffEdits(before, before.replace('c: 3\n', 'c: 3\nx: 9\n'))).toEqual([{ from: 18, to: 18, insert: 'x: 9\n' }]);
    expect(diffEdits(before, before.replace('c: 3\n', ''))).toEqual([{ from: 13, to: 18, insert: '' }]);
  });

  it('handles a missing final line break, CRLF and empty texts', () => {
    for (const [a, b] of [
      ['x', 'x\ny'],
      ['a\r\nb\r\n', 'a\r\nc\r\nb\r\n'],
      ['', 'k: v\n'],
      ['k: v\n', ''],
      ['same', 'same'],
    ]) {
      expect(applyEdits(a, diffEdits(a, b))).toBe(b);
    }
  });
});
