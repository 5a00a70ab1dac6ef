// The path (keys and list indexes) from the document root to the node written at a span.
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { findPair } from '../edit/mapEdit.ts';
import { keyString } from '../model/yamlNodes.ts';
import type { Span } from '../text/span.ts';

export type NodePath = (string | number)[];

function covers(node: unknown, span: Span): boolean {
  const r = (node as YamlNode | null)?.range;
  return !!r && r[0] <= span.start && span.end <= r[1];
}

/** Descends only into the one child that contains the span, so this is linear in the nesting depth. */
export function pathToSpan(root: unknown, span: Span): NodePath | null {
  const path: NodePath = [];
  let node: unknown = root;
  for (let depth = 0; depth < 1000; depth++) {
    const r = (node as YamlNode | null)?.range;
    if (isScalar(node)) return r && r[0] === span.start && r[1] === span.end ? path : null;
    let next: { step: string | number; node: unknown } | null = null;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyString(pair);
        if (key !== null && covers(pair.value, span)) next = { step: key, node: pair.value };
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) if (covers(node.items[i], span)) next = { step: i, node: node.items[i] };
    }
    if (!next) return null;
    path.push(next.step);
    node = next.node;
  }
  return null;
}

/** The node at `path` (keys of mappings, indexes of lists), without following aliases. */
export function nodeAtPath(root: unknown, path: readonly (string | number)[]): YamlNode | null {
  let node: unknown = root;
  for (const step of path) {
    if (typeof step === 'string' && isMap(node)) node = findPair(node, step)?.value;
    else if (typeof step === 'number' && isSeq(node)) node = node.items[step];
    else return null;
  }
  return (node ?? null) as YamlNode | null;
}
