import { isScalar, isSeq } from 'yaml';
import type { Field } from '../../../model/types.ts';
import { nodeSpan } from '../../../model/yamlNodes.ts';
import type { Span } from '../../../text/span.ts';

export interface ListItem {
  index: number;
  /** The scalar's value (a string, number, ...), or undefined for a nested collection. */
  value: unknown;
  span: Span;
}

/**
 * The entries of a sequence field with their spans; empty when the field is absent or not a list.
 * A studio helper for the rules that check list entries; it decides nothing LinuxKit decides.
 */
export function listItems(field: Field | undefined): ListItem[] {
  if (!field || !isSeq(field.node)) return [];
  const out: ListItem[] = [];
  field.node.items.forEach((item, index) => {
    const span = nodeSpan(item);
    if (span) out.push({ index, value: isScalar(item) ? item.value : undefined, span });
  });
  return out;
}

/** The field's list as plain values with entry `index` replaced: the value of a setContainerField fix. */
export function replaceEntry(field: Field, index: number, replacement: unknown): unknown[] {
  const list = Array.isArray(field.value) ? [...(field.value as unknown[])] : [];
  list[index] = replacement;
  return list;
}
