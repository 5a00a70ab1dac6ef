// A list field set to a list of the same length: only the items that change are rewritten.
import { isScalar, isSeq } from 'yaml';
import { replaceScalar } from '../edit/scalarEdit.ts';
import type { TextEdit } from './types.ts';

/**
 * The edits that turn the scalar list `node` into `values` item by item (keeping each item's
 * quotes and comments), or null when the shapes differ and the list must be rewritten whole.
 */
export function listItemEdits(node: unknown, values: unknown): TextEdit[] | null {
  if (!isSeq(node) || !Array.isArray(values) || node.items.length !== values.length) return null;
  const edits: TextEdit[] = [];
  for (let i = 0; i < values.length; i++) {
    const item = node.items[i];
    const value: unknown = values[i];
    if (!isScalar(item) || typeof value !== 'string' || typeof item.value !== 'string') return null;
    if (item.value === value) continue;
    const edit = replaceScalar(item, value, node.flow ? 'flow' : 'block');
    if (!edit) return null;
    edits.push(edit);
  }
  return edits;
}
