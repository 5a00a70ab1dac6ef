/**
 * Extra advice for YAML errors with a well-known cause. Go's YAML decoder (LinuxKit's)
 * accepts a comment at column 0 inside a block scalar; YAML 1.2 ends the scalar there.
 */
export function syntaxHint(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (text[lineStart] !== '#') return null;
  // walk back over the scalar's indented lines to the line that opened it
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/[|>][-+0-9]*\s*$/.test(line)) {
      return 'A comment at column 1 inside a block scalar (`|` or `>`) ends the scalar in YAML 1.2, though LinuxKit’s decoder accepts it: indent the `#` line like the scalar’s other lines (it then becomes part of the text) or remove it.';
    }
    if (line.trim() !== '' && !/^\s/.test(line)) return null;
    end = start - 1;
  }
  return null;
}
