import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Span } from '../text/span.ts';
import { isGoTimestamp, scalarKind, scalarSource } from './goValue.ts';

/** One key of a mapping as LinuxKit's decoder sees it. */
export interface MapEntry {
  /** The key text, or null when Go would not read it as a string (a number, bool, null, list, ...). */
  key: string | null;
  /** The key as written, for messages. */
  keyText: string;
  keySpan: Span;
  value: unknown;
}

export interface MapEntries {
  entries: MapEntry[];
  /** `<<` values that are not a mapping or a list of mappings (yaml.v3 refuses them). */
  badMerges: { span: Span }[];
}

function spanOf(node: unknown): Span | null {
  const r = (node as YamlNode | null)?.range;
  return r ? { start: r[0], end: r[1] } : null;
}

function deref(doc: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function readKey(doc: Document.Parsed, keyNode: unknown): { key: string | null; keyText: string } {
  const k = deref(doc, keyNode);
  if (!isScalar(k)) return { key: null, keyText: isMap(k) ? '{…}' : isSeq(k) ? '[…]' : '' };
  const text = scalarSource(k);
  const kind = scalarKind(k);
  if (kind !== 'string' || (k.type === 'PLAIN' && !k.tag && isGoTimestamp(text))) return { key: null, keyText: text };
  return { key: String(k.value), keyText: text };
}

function isMergeKey(keyNode: unknown): boolean {
  return isScalar(keyNode) && keyNode.type === 'PLAIN' && !keyNode.tag && keyNode.value === '<<';
}

/**
 * The keys of a mapping with yaml.v3's merge keys applied: `<<: *base` (or a list of aliases) adds
 * the keys of the merged mappings that the mapping does not set itself; earlier merges win.
 */
export function mapEntries(doc: Document.Parsed, map: YAMLMap, seen: Set<unknown> = new Set()): MapEntries {
  const out: MapEntries = { entries: [], badMerges: [] };
  if (seen.has(map)) return out;
  seen.add(map);
  const present = new Set<string>();
  const merges: unknown[] = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      merges.push(pair.value);
      continue;
    }
    const { key, keyText } = readKey(doc, pair.key);
    if (key !== null && present.has(key)) continue; // the parser reports duplicate keys
    if (key !== null) present.add(key);
    const keySpan = spanOf(pair.key) ?? spanOf(pair.value) ?? { start: 0, end: 0 };
    out.entries.push({ key, keyText, keySpan, value: pair.value });
  }
  for (const merge of merges) {
    const target = deref(doc, merge);
    const sources = isSeq(target) ? target.items.map((item) => ({ node: deref(doc, item), at: item })) : [{ node: target, at: merge }];
    for (const source of sources) {
      if (!isMap(source.node)) {
        out.badMerges.push({ span: spanOf(source.at) ?? spanOf(merge) ?? { start: 0, end: 0 } });
        continue;
      }
      const inner = mapEntries(doc, source.node, seen);
      out.badMerges.push(...inner.badMerges);
      for (const entry of inner.entries) {
        if (entry.key !== null && present.has(entry.key)) continue;
        if (entry.key !== null) present.add(entry.key);
        out.entries.push(entry);
      }
    }
  }
  seen.delete(map);
  return out;
}
