import { countBreaks, editorBreak, hasMixedBreaks } from '../core/text/lineBreaks.ts';

/**
 * What the user is told when a text whose lines end in more than one way comes in: the editor
 * holds one kind of line break only, so the first edit makes them uniform. Null for any other
 * text (LF, CRLF, CR-only files keep their line endings through edits).
 */
export function mixedBreaksNote(name: string, text: string): string | null {
  if (!hasMixedBreaks(text)) return null;
  const { cr, crlf, lf } = countBreaks(text);
  const kinds = [
    [crlf, 'CRLF'],
    [lf, 'LF'],
    [cr, 'CR'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, kind]) => `${n} ${kind}`)
    .join(', ');
  const kept = editorBreak(text) === '\r\n' ? 'CRLF' : 'LF';
  return `${name} mixes line endings (${kinds}). The editor holds one kind only: your first edit makes every line end in ${kept}. Export before you edit to keep the file as it is.`;
}
