import { describe, expect, it } from 'vitest';
import { diffEdits } from '../edit/diffEdits.ts';
import { applyCommand } from '../commands/applyCommand.ts';
import { countBreaks, crTwin, editorBreak, hasMixedBreaks, inBreaksOf, isCrOnly, lfTwin } from './lineBreaks.ts';
import { LineIndex } from './lineIndex.ts';

const LF = 'services:\n  - name: web\n    image: nginx:1.27\nvolumes:\n  - name: data\n';
const CR = crTwin(LF);

describe('CR-only line breaks', () => {
  it('tells a CR-only text from LF, CRLF and mixed ones', () => {
    expect(isCrOnly(CR)).toBe(true);
    expect(isCrOnly(LF)).toBe(false);
    expect(isCrOnly(LF.replace(/\n/g, '\r\n'))).toBe(false);
    expect(isCrOnly('no break')).toBe(false);
  });

  it('reads each lone CR as LF and nothing else, keeping the length', () => {
    expect(lfTwin(CR)).toBe(LF);
    expect(lfTwin('a\r\nb\rc\n')).toBe('a\r\nb\nc\n');
    expect(lfTwin(LF)).toBe(LF);
  });

  it('puts text the editor holds (LF) into the line breaks of the file it edits', () => {
    expect(inBreaksOf(CR, `${LF}# more\n`)).toBe(`${CR}# more\r`);
    expect(inBreaksOf(LF, `${LF}#\n`)).toBe(`${LF}#\n`);
  });

  it('counts a lone CR as the end of a line, as Monaco does', () => {
    const index = new LineIndex(CR);
    expect(index.lineCount).toBe(6);
    expect(index.position(CR.indexOf('image'))).toEqual({ line: 3, column: 5 });
    expect(index.lineText(3)).toBe('    image: nginx:1.27');
    expect(new LineIndex('a\r\nb').lineCount).toBe(2);
  });

  it('diffs CR-only texts line by line, so an edit stays small', () => {
    const edited = CR.replace('name: web', 'name: www');
    expect(diffEdits(CR, edited)).toEqual([{ from: CR.indexOf('web') + 1, to: CR.indexOf('web') + 3, insert: 'ww' }]);
  });

  it('a graph command on a CR-only file keeps it CR-only', () => {
    const result = applyCommand(CR, { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:web', destination: '/data', readOnly: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toContain('\n');
    expect(lfTwin(result.text)).toBe(LF.replace('nginx:1.27\n', 'nginx:1.27\n    binds:\n      - data:/data\n'));
  });
});

describe('mixed line breaks', () => {
  const MIXED = 'services:\r\n  - name: web\n    image: nginx:1.27\r\n';

  it('counts each kind of break; a CRLF is one break', () => {
    expect(countBreaks(MIXED)).toEqual({ cr: 0, crlf: 2, lf: 1 });
    expect(countBreaks('a\rb\r\nc\n\n')).toEqual({ cr: 1, crlf: 1, lf: 2 });
    expect(countBreaks('')).toEqual({ cr: 0, crlf: 0, lf: 0 });
  });

  it('calls a text mixed when its lines end in more than one way', () => {
    expect(hasMixedBreaks(MIXED)).toBe(true);
    expect(hasMixedBreaks('a\rb\n')).toBe(true);
    expect(hasMixedBreaks(LF)).toBe(false);
    expect(hasMixedBreaks(LF.replace(/\n/g, '\r\n'))).toBe(false);
    expect(hasMixedBreaks(CR)).toBe(false);
  });

  it("names the break the editor keeps: CRLF when more than half the breaks are CR or CRLF (Monaco's rule), else LF", () => {
    expect(editorBreak(MIXED)).toBe('\r\n');
    expect(editorBreak('a\r\nb\nc\n')).toBe('\n');
    expect(editorBreak('a\r\nb\n')).toBe('\n');
    expect(editorBreak(LF)).toBe('\n');
    expect(editorBreak(LF.replace(/\n/g, '\r\n'))).toBe('\r\n');
  });
});
