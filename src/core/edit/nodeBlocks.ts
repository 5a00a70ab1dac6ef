// Where a YAML node's text begins and ends as whole lines, comments included.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Span } from '../text/span.ts';
import {
  indentOf,
  isBlankLine,
  isCommentLine,
  lineEndAfter,
  lineFrom,
  lineStartAt,
  nextLineStart,
  previousLineStart,
} from './lines.ts';

export function rangeOf(node: unknown): [number, number, number] | null {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as YamlNode).range;
    if (r) return r;
  }
  return null;
}

/** Whether a pair's value is absent (`key:` with nothing after it). */
export function isEmptyValue(node: unknown): boolean {
  const r = rangeOf(node);
  return !r || (isScalar(node) && r[0] === r[1]);
}

/** The offset just after the last character of a node's own content (no trailing comments or breaks). */
export function contentEnd(node: unknown): number {
  const r = rangeOf(node);
  if (isScalar(node) || isAlias(node)) return r ? r[1] : 0;
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last: unknown = node.items[node.items.length - 1];
    if (last !== undefined) return isPair(last) ? pairContentEnd(last) : contentEnd(last);
  }
  return r ? r[1] : 0;
}

export function pairContentEnd(pair: Pair): number {
  if (!isEmptyValue(pair.value)) return contentEnd(pair.value);
  return rangeOf(pair.key)?.[1] ?? 0;
}

/** The start of the `-` that introduces a block sequence item. */
export function dashOf(text: string, item: unknown): number {
  const start = rangeOf(item)?.[0] ?? 0;
  return text.lastIndexOf('-', start - 1);
}

/** Comment lines right below `end` (no blank line between) indented deeper than `column`. */
function trailingCommentsEnd(text: string, end: number, column: number): number {
  let at = end;
  while (at < text.length) {
    const line = lineFrom(text, at);
    if (!isCommentLine(line) || indentOf(line) <= column) break;
    at = nextLineStart(text, at);
  }
  return at;
}

/** Comment lines right above `start` (no blank line between) accepted by `belongs`. */
function leadingCommentsStart(text: string, start: number, belongs: (indent: number) => boolean): number {
  let at = start;
  for (let prev = previousLineStart(text, at); prev >= 0; prev = previousLineStart(text, at)) {
    const line = lineFrom(text, prev);
    if (!isCommentLine(line) || !belongs(indentOf(line))) break;
    at = prev;
  }
  return at;
}

/**
 * The whole lines of a block sequence item: comments directly above it (a
 * comment indented deeper than the dash belongs to the item before, unless
 * this is the first item), its content, and deeper comments directly below.
 */
export function itemBlock(text: string, item: unknown, isFirst: boolean): Span {
  const dash = dashOf(text, item);
  const lineStart = lineStartAt(text, dash);
  const column = dash - lineStart;
  const start = leadingCommentsStart(text, lineStart, (indent) => isFirst || indent <= column);
  const end = trailingCommentsEnd(text, lineEndAfter(text, contentEnd(item)), column);
  return { start, end };
}

/** The whole lines of a block mapping pair whose key starts its line; comments above it stay. */
export function pairBlock(text: string, pair: Pair): Span {
  const keyStart = rangeOf(pair.key)?.[0] ?? 0;
  const start = lineStartAt(text, keyStart);
  const end = trailingCommentsEnd(text, lineEndAfter(text, pairContentEnd(pair)), keyStart - start);
  return { start, end };
}

/** Whether the text before `pos` on its line is only spaces (else it follows a `- `). */
export function startsItsLine(text: string, pos: number): boolean {
  return /^ *$/.test(text.slice(lineStartAt(text, pos), pos));
}

export { isBlankLine };
