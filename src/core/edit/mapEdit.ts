// Setting and removing one key of a block or flow mapping, touching only that key's text.
import { isCollection, isPair, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../commands/types.ts';
import type { IndentStyle } from './indentStyle.ts';
import { columnOf, lineEndAfter } from './lines.ts';
import { insertLines, removeLines } from './lineEdits.ts';
import { contentEnd, dashOf, isEmptyValue, pairBlock, pairContentEnd, rangeOf, startsItsLine } from './nodeBlocks.ts';
import { FlowList, inlineValue, renderPair } from './render.ts';
import { styleOfScalarType, yamlScalar } from './yamlScalar.ts';
import { keyString } from '../model/yamlNodes.ts';

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p): p is Pair => isPair(p) && keyString(p) === key);
}

function keyColumn(text: string, map: YAMLMap): number {
  const first = rangeOf(map.items[0]?.key);
  return first ? columnOf(text, first[0]) : 0;
}

/** How a sibling block list in this mapping is indented under its key (files can mix styles). */
function siblingSeqIndent(text: string, map: YAMLMap): number | undefined {
  for (const pair of map.items) {
    const seq = pair.value;
    const key = rangeOf(pair.key);
    if (isSeq(seq) && !seq.flow && seq.items.length > 0 && key) {
      return Math.max(0, columnOf(text, dashOf(text, seq.items[0])) - columnOf(text, key[0]));
    }
  }
  return undefined;
}

/** The offset of the `:` after a pair's key. */
export function colonAfterKey(text: string, pair: Pair): number {
  return text.indexOf(':', rangeOf(pair.key)?.[1] ?? 0);
}

/** Edits that set `key` to `value` in `map`: replace the value in place, or add the key after the last one. */
export function setMapValue(text: string, map: YAMLMap, key: string, value: unknown, style: IndentStyle): TextEdit[] {
  const pair = findPair(map, key);
  if (pair) return replacePairValue(text, map, pair, value, style);
  const last = map.items[map.items.length - 1];
  if (map.flow || !last) {
    const inline = inlineValue(value, true) ?? 'null';
    const entry = `${yamlScalar(key, 'plain', 'flow')}: ${inline}`;
    if (!last) {
      const r = rangeOf(map);
      const open = r ? text.indexOf('{', r[0]) : -1;
      return open < 0 ? [] : [{ from: open + 1, to: open + 1, insert: entry }];
    }
    const at = pairContentEnd(last);
    return [{ from: at, to: at, insert: `, ${entry}` }];
  }
  const end = pairBlock(text, last).end;
  const local = { ...style, seqIndent: siblingSeqIndent(text, map) ?? style.seqIndent };
  return [insertLines(text, end, renderPair(key, value, keyColumn(text, map), local))];
}

function replacePairValue(text: string, map: YAMLMap, pair: Pair, value: unknown, style: IndentStyle): TextEdit[] {
  const old = pair.value;
  const isPlainValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  const r = rangeOf(old);
  if (isPlainValue && isScalar(old) && r && r[0] < r[1]) {
    const written = yamlScalar(value, styleOfScalarType(old.type), map.flow ? 'flow' : 'block');
    return [{ from: r[0], to: r[1], insert: written }];
  }
  const colon = colonAfterKey(text, pair);
  const end = isEmptyValue(old) ? colon + 1 : contentEnd(old);
  const keepFlow = Array.isArray(value) && isCollection(old) && old.flow === true;
  const inline = map.flow || keepFlow ? inlineValue(keepFlow ? new FlowList(value as unknown[]) : value, true) : inlineValue(value);
  if (inline !== null) return [{ from: colon + 1, to: end, insert: ` ${inline}` }];
  const keyCol = columnOf(text, rangeOf(pair.key)?.[0] ?? 0);
  const lines = renderPair('k', value, keyCol, style).slice(1);
  if (isEmptyValue(old)) {
    // `key:` or `key: # comment`: the new lines go below, the comment stays
    return [insertLines(text, lineEndAfter(text, colon + 1), lines)];
  }
  return [{ from: colon + 1, to: end, insert: style.eol + lines.join(style.eol) }];
}

/** Edits that remove one pair of a mapping, with its value and the comments inside it. */
export function removeMapPair(text: string, map: YAMLMap, pair: Pair): TextEdit[] {
  const index = map.items.indexOf(pair);
  const keyStart = rangeOf(pair.key)?.[0] ?? 0;
  const next = map.items[index + 1];
  if (map.flow) {
    const prev = map.items[index - 1];
    if (next) return [{ from: keyStart, to: rangeOf(next.key)?.[0] ?? keyStart, insert: '' }];
    if (prev) return [{ from: pairContentEnd(prev), to: pairContentEnd(pair), insert: '' }];
    return [{ from: keyStart, to: pairContentEnd(pair), insert: '' }];
  }
  if (startsItsLine(text, keyStart)) return [removeLines(text, pairBlock(text, pair))];
  // the first key of a sequence item (`- name: x`): the next key moves up behind the dash
  if (next) return [{ from: keyStart, to: rangeOf(next.key)?.[0] ?? keyStart, insert: '' }];
  return [{ from: keyStart, to: pairContentEnd(pair), insert: '{}' }];
}
