import type { ElementChange } from './types.ts';
import { showValue } from './values.ts';

/** One sentence per change, for lists: its notes when it has some, else what changed. */
export function describeChange(c: ElementChange): string {
  if (c.notes.length > 0) return c.notes.map((n) => n.text).join('; ');
  if (c.change !== 'changed') return `${c.label} ${c.change}`;
  return `${c.label}: ${c.fields.map((f) => describeField(c, f)).join(', ')}`;
}

/** `readonly true → false`, or just the name when the values are long or not shown (order). */
export function describeField(c: ElementChange, field: string): string {
  const v = c.values[field];
  if (!v || (v.before === undefined && v.after === undefined)) return field === 'order' ? 'run order changed' : field;
  return `${field} ${showValue(v.before)} → ${showValue(v.after)}`;
}

/** `3 changes (2 worth a look first)` or `no changes`. */
export function diffSummary(changes: readonly ElementChange[]): string {
  if (changes.length === 0) return 'no changes';
  const noted = changes.filter((c) => c.notes.length > 0).length;
  const count = `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`;
  return noted > 0 ? `${count} (${noted} worth a look first)` : count;
}
