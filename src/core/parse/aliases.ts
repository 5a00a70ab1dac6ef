import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/**
 * Counts the nodes the document would have with every alias expanded, without expanding
 * anything, and returns the offset of the alias past which the count exceeds `limit`
 * (an alias bomb such as "billion laughs"), or -1. LinuxKit's decoder refuses excessive aliasing.
 */
export function measureAliasExpansion(doc: Document.Parsed, limit: number): { exceededAt: number } {
  // Expanded size of the latest anchor of each name: an alias refers to the closest preceding anchor.
  const anchors = new Map<string, number>();
  let expanded = 0;
  let exceededAt = -1;

  const size = (node: unknown): number => {
    if (exceededAt >= 0 || node === null || node === undefined) return 0;
    let n = 1;
    if (isAlias(node)) {
      // An alias inside its own anchor (a cycle) has no entry yet: count it once.
      n = anchors.get(node.source) ?? 1;
      expanded += n;
      if (expanded > limit && exceededAt < 0) exceededAt = node.range?.[0] ?? 0;
      return n;
    }
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) n += isPair(item) ? size(item.key) + size(item.value) : size(item);
    } else if (!isScalar(node)) {
      return 0;
    }
    if (node.anchor) anchors.set(node.anchor, n);
    return n;
  };

  size(doc.contents);
  return { exceededAt };
}
