import { isMap, isScalar, visit, type Document } from 'yaml';
import { diagnostic } from '../diagnostics/make.ts';
import type { Diagnostic } from '../diagnostics/types.ts';

/**
 * `duplicate-key` for every scalar key that repeats an earlier key of its mapping, with the
 * same equality as yaml's `uniqueKeys` (scalar values compared with ===). yaml's own check
 * compares each key with all earlier ones, which takes minutes on a 2 MB mapping; a Set is linear.
 * A span covers at least one character, but never runs past the text (an empty key at its end).
 */
export function findDuplicateKeys(doc: Document.Parsed, textLength: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const [start, end] = pair.key.range ?? [0, 0];
        const shown = typeof key === 'string' ? key : String(key);
        out.push(diagnostic('duplicate-key', `The key \`${shown.slice(0, 80)}\` appears more than once in this mapping; remove or rename the repeated key.`, { start, end: Math.min(Math.max(start + 1, end), textLength) }));
      }
    },
  });
  return out;
}
