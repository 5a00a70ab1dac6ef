import { describe, expect, it } from 'vitest';
import { LineIndex } from '../core/text/lineIndex.ts';
import type { ReportedDiagnostic } from './checkFile.ts';
import { EXCERPT_WIDTH, sourceExcerpt } from './sourceExcerpt.ts';
import { makeStyle } from './style.ts';

const plain = makeStyle(false);

function at(line: number, column: number, endLine: number, endColumn: number): ReportedDiagnostic {
  return { severity: 'error', code: 'yaml-syntax', message: 'm', line, column, endLine, endColumn };
}

describe('sourceExcerpt', () => {
  it('underlines the range under the source line', () => {
    const index = new LineIndex('kernel:\n  image: linuxkit/kernel\n');
    expect(sourceExcerpt(index, at(2, 10, 2, 25), plain)).toEqual(['2 |   image: linuxkit/kernel', '  |          ^^^^^^^^^^^^^^^']);
  });

  it('underlines to the end of the line when the range spans lines, and at least one column', () => {
    const index = new LineIndex('a: [1,\n  2\n');
    expect(sourceExcerpt(index, at(1, 4, 2, 4), plain)[1]).toBe('  |    ^^^');
    expect(sourceExcerpt(index, at(1, 7, 1, 7), plain)[1]).toBe('  |       ^');
  });

  it('clips a long line around the column, marking the cut ends', () => {
    const line = `${'a'.repeat(50_000)}HERE${'b'.repeat(50_000)}`;
    const [source, caret] = sourceExcerpt(new LineIndex(line), at(1, 50_001, 1, 50_005), plain);
    expect(source.length).toBeLessThanOrEqual(EXCERPT_WIDTH + 10);
    expect(source).toMatch(/^1 \| …a+HEREb+…$/);
    expect(source.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('HERE');
  });

  it('shows control characters as visible symbols and tabs as spaces, keeping the caret aligned', () => {
    const [source, caret] = sourceExcerpt(new LineIndex('a:\t"\x1b[31m\x00"'), at(1, 10, 1, 11), plain);
    expect(source).toBe('1 | a: "␛[31m␀"');
    expect(source[caret.indexOf('^')]).toBe('␀');
  });
});
