import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Span } from '../text/span.ts';
import type { Field, StringItem } from './types.ts';

/** The span of a node's value (without trailing comments), or null when the node has no range. */
export function nodeSpan(node: unknown): Span | null {
  if (node && typeof node === 'object' && 'range' in node) {
    const r = (node as YamlNode).range;
    if (r) return { start: r[0], end: r[1] };
  }
  return null;
}

/** The key of a pair as a string, when it is a plain scalar. */
export function keyString(pair: Pair): string | null {
  const k = pair.key;
  if (isScalar(k)) {
    const v = k.value;
    return typeof v === 'string' ? v : v === null ? null : String(v);
  }
  return null;
}

export function toPlain(doc: Document.Parsed, node: YamlNode | null, maxAliasCount: number): unknown {
  if (!node) return null;
  try {
    return node.toJS(doc, { maxAliasCount });
  } catch {
    return undefined;
  }
}

/** Reads the keys of a block or flow mapping, keeping the spans of each key and value. */
export function readFields(doc: Document.Parsed, map: YAMLMap, maxAliasCount: number): Record<string, Field> {
  const fields: Record<string, Field> = {};
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const key = keyString(pair);
    if (key === null || key in fields) continue; // duplicates are reported by the parser
    const keySpan = nodeSpan(pair.key) ?? { start: 0, end: 0 };
    const valueNode = (pair.value ?? null) as YamlNode | null;
    const valueSpan = nodeSpan(valueNode) ?? { start: keySpan.end + 1, end: keySpan.end + 1 };
    fields[key] = {
      key,
      keySpan,
      valueSpan,
      value: toPlain(doc, valueNode, maxAliasCount),
      pair,
      node: valueNode,
    };
  }
  return fields;
}

export function stringOf(field: Field | undefined): string | undefined {
  if (!field) return undefined;
  return typeof field.value === 'string' ? field.value : undefined;
}

/** The string items of a sequence field (non-strings are skipped: the schema check reports them). */
export function stringItems(field: Field | undefined): StringItem[] {
  if (!field || !isSeq(field.node)) return [];
  const out: StringItem[] = [];
  for (const item of field.node.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      const s = nodeSpan(item);
      if (s) out.push({ value: item.value, span: s });
    }
  }
  return out;
}

export { isMap, isSeq, isScalar };
