import { isMap, isPair, isSeq, visit, type Document } from 'yaml';
import { columnOf, lineBreakOf } from './lines.ts';
import { rangeOf } from './nodeBlocks.ts';

/** How a file indents: new YAML written into it follows the same habits. */
export interface IndentStyle {
  /** Spaces per mapping level. */
  unit: number;
  /** Spaces from a key to the `-` of its block sequence (0: `key:\n- item`). */
  seqIndent: number;
  eol: string;
}

/** Detects the indentation from the first nested block map and the first block sequence under a key. */
export function detectIndentStyle(text: string, doc: Document.Parsed | null): IndentStyle {
  let unit: number | undefined;
  let seqIndent: number | undefined;
  if (doc) {
    visit(doc, {
      Pair(_, pair) {
        if (!isPair(pair)) return undefined;
        const key = rangeOf(pair.key);
        const value = pair.value;
        if (!key) return undefined;
        const keyCol = columnOf(text, key[0]);
        if (unit === undefined && isMap(value) && !value.flow && value.items.length > 0) {
          const child = rangeOf(value.items[0].key);
          const d = child ? columnOf(text, child[0]) - keyCol : 0;
          if (d > 0) unit = d;
        }
        if (seqIndent === undefined && isSeq(value) && !value.flow && value.items.length > 0) {
          const first = rangeOf(value.items[0]);
          if (first) {
            const dash = text.lastIndexOf('-', first[0] - 1);
            if (dash >= 0) seqIndent = Math.max(0, columnOf(text, dash) - keyCol);
          }
        }
        return unit !== undefined && seqIndent !== undefined ? visit.BREAK : undefined;
      },
    });
  }
  const u = unit ?? (seqIndent !== undefined && seqIndent > 0 ? seqIndent : 2);
  return { unit: u, seqIndent: seqIndent ?? u, eol: lineBreakOf(text) };
}
