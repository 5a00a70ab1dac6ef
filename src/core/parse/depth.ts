/**
 * A cheap scan for collection nesting (flow brackets and block indentation) so that
 * pathological inputs are refused before the recursive parser sees them.
 */
export function measureDepth(text: string, limit: number): { exceededAt: number } {
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let lineStart = true;
  let indent = 0;
  const blockIndents: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      if (c === '-' && isSeparator(text, i + 1)) {
        // Each `- ` opens a level, also several on one line (`- - - x`, a compact nested sequence).
        while (blockIndents.length > 0 && blockIndents[blockIndents.length - 1] >= indent) blockIndents.pop();
        blockIndents.push(indent);
        if (blockIndents.length + flow > limit) return { exceededAt: i };
        indent++;
        continue;
      }
      if (c !== '\n' && c !== '\r' && c !== '#') {
        while (blockIndents.length > 0 && blockIndents[blockIndents.length - 1] >= indent) blockIndents.pop();
        blockIndents.push(indent);
        if (blockIndents.length + flow > limit) return { exceededAt: i };
      }
      lineStart = false;
    }
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") {
      if (flow > 0) quote = c;
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (c === '[' || c === '{') {
      flow++;
      if (flow + blockIndents.length > limit) return { exceededAt: i };
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
  }
  return { exceededAt: -1 };
}

function isSeparator(text: string, i: number): boolean {
  return i >= text.length || text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r';
}
