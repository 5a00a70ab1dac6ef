// Adding and removing items of a sequence held by a mapping key (sections, binds, mounts, options).
import { isSeq, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../commands/types.ts';
import type { IndentStyle } from './indentStyle.ts';
import { columnOf, lineBreakOf, lineEndAfter } from './lines.ts';
import { insertLines, removeLines } from './lineEdits.ts';
import { colonAfterKey, removeMapPair } from './mapEdit.ts';
import { contentEnd, dashOf, isEmptyValue, itemBlock, rangeOf } from './nodeBlocks.ts';
import { inlineValue, renderItem } from './render.ts';

/**
 * Edits that insert `value` into the list under `pair` at `index` (default: the end).
 * The list may be block, flow, empty (`[]`) or absent (`key:`).
 */
export function insertListItem(text: string, pair: Pair, value: unknown, style: IndentStyle, index?: number): TextEdit[] {
  const seq = pair.value;
  const keyCol = columnOf(text, rangeOf(pair.key)?.[0] ?? 0);
  if (isEmptyValue(seq)) {
    const colon = colonAfterKey(text, pair);
    return [insertLines(text, lineEndAfter(text, colon + 1), renderItem(value, keyCol + style.seqIndent, style))];
  }
  if (!isSeq(seq)) return [];
  const items = seq.items;
  const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length));
  if (seq.flow) {
    const inline = inlineValue(value, true);
    if (items.length > 0) {
      if (at < items.length) {
        const start = rangeOf(items[at])?.[0] ?? 0;
        return [{ from: start, to: start, insert: `${inline}, ` }];
      }
      const end = contentEnd(items[items.length - 1]);
      return [{ from: end, to: end, insert: `, ${inline}` }];
    }
    const r = rangeOf(seq);
    if (!r) return [];
    if (typeof value !== 'object' || value === null) {
      return [{ from: r[0] + 1, to: r[0] + 1, insert: inline ?? '' }];
    }
    // `key: []` becomes a block list so a mapping item reads like the rest of the file
    const colon = colonAfterKey(text, pair);
    return [
      { from: colon + 1, to: r[1], insert: '' },
      insertLines(text, lineEndAfter(text, r[1]), renderItem(value, keyCol + style.seqIndent, style)),
    ];
  }
  const dashCol = columnOf(text, dashOf(text, items[0]));
  const lines = renderItem(value, dashCol, style);
  if (at < items.length) return [insertLines(text, itemBlock(text, items[at], at === 0).start, lines)];
  const last = items.length - 1;
  return [insertLines(text, itemBlock(text, items[last], last === 0).end, lines)];
}

/** Edits that remove item `index` of the list under `pair`; the key goes too when the list would be empty. */
export function removeListItem(text: string, map: YAMLMap, pair: Pair, index: number): TextEdit[] {
  const seq = pair.value;
  if (!isSeq(seq) || index < 0 || index >= seq.items.length) return [];
  // an emptied list is removed with its key (for `binds` this brings back the image's default binds)
  if (seq.items.length === 1) return removeMapPair(text, map, pair);
  const item = seq.items[index];
  if (!seq.flow) {
    const place = { first: index === 0, last: index === seq.items.length - 1 };
    return [removeLines(text, itemBlock(text, item, index === 0), place)];
  }
  const start = rangeOf(item)?.[0] ?? 0;
  const next = seq.items[index + 1];
  if (next) return [{ from: start, to: rangeOf(next)?.[0] ?? start, insert: '' }];
  return [{ from: contentEnd(seq.items[index - 1]), to: contentEnd(item), insert: '' }];
}

/**
 * The edit that moves block item `from` to position `to`. Items travel with their
 * comments; the gaps between items (blank lines, stray comments) stay where they are.
 */
export function moveListItem(text: string, pair: Pair, from: number, to: number): TextEdit[] {
  const seq = pair.value;
  if (!isSeq(seq) || seq.flow || from === to) return [];
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const blocks = seq.items.slice(lo, hi + 1).map((item, i) => itemBlock(text, item, lo + i === 0));
  const region = { start: blocks[0].start, end: blocks[blocks.length - 1].end };
  const eol = lineBreakOf(text);
  const bodies = blocks.map((b) => {
    const body = text.slice(b.start, b.end);
    return body.endsWith('\n') ? body : body + eol;
  });
  const moved = bodies.splice(from - lo, 1)[0];
  bodies.splice(to - lo, 0, moved);
  let out = '';
  bodies.forEach((body, i) => {
    out += body;
    if (i < blocks.length - 1) out += text.slice(blocks[i].end, blocks[i + 1].start);
  });
  // the file ended without a line break inside the region: keep it so
  if (!text.slice(region.start, region.end).endsWith('\n')) out = out.slice(0, -eol.length);
  return [{ from: region.start, to: region.end, insert: out }];
}
