// Field values as the inspector shows them (text and rows) and as it writes them back.
import { isScalar, isSeq } from 'yaml';
import type { Field } from '../../core/model/types.ts';
import type { Span } from '../../core/text/span.ts';

/** One row of a list field: its text and, when read from the YAML, where it is written. */
export interface ListRow {
  value: string;
  span?: Span;
}

export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The rows of a list field; a lone scalar (a type error in the YAML) shows as one row. */
export function listRows(field: Field | undefined): ListRow[] {
  if (!field || field.value === undefined || field.value === null) return [];
  const node = field.node;
  if (isSeq(node)) {
    return node.items.map((item, i) => {
      const value = textOf(Array.isArray(field.value) ? field.value[i] : isScalar(item) ? item.value : undefined);
      const range = (item as { range?: [number, number, number] } | null)?.range;
      return range ? { value, span: { start: range[0], end: range[1] } } : { value };
    });
  }
  return Array.isArray(field.value) ? field.value.map((v) => ({ value: textOf(v) })) : [{ value: textOf(field.value) }];
}

/** A list to write: empty rows are dropped, and an empty list removes the key. */
export function listValue(rows: readonly string[]): string[] | undefined {
  const kept = rows.filter((r) => r.trim() !== '');
  return kept.length > 0 ? kept : undefined;
}

/** Optional text: empty removes the key. */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** A uid/gid: a number when it is all digits, otherwise a container name; empty removes the key. */
export function idValue(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

/** A short one-line rendering of any YAML value, for read-only summaries. */
export function summary(value: unknown, max = 60): string {
  const text = textOf(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
