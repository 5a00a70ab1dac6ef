import type { ConfigModel } from '../model/types.ts';
import { comparables, type Comparable } from './elements.ts';
import { NOTE_RANK, notesFor } from './notes.ts';
import { movedInSequence } from './sequenceOrder.ts';
import type { ConfigDiff, ElementChange, FieldChange } from './types.ts';
import { sameValue } from './values.ts';

/**
 * What changed from `before` to `after`, element by element (by stable id), with the fields
 * that differ. Values are compared as data, so formatting, comments and key order are no
 * change. What matters (access widened, containers added or removed, images) comes first.
 */
export function diffConfigs(before: ConfigModel, after: ConfigModel): ConfigDiff {
  const old = comparables(before);
  const now = comparables(after);
  const moved = movedInSequence([...old.values()], [...now.values()]);
  const changes: ElementChange[] = [];
  // document order: the new config's elements, then what was removed, in the old one's order
  for (const el of now.values()) {
    const prev = old.get(el.id);
    const change = prev ? changedFields(prev, el, moved.has(el.id)) : added(el);
    if (change) changes.push(change);
  }
  for (const el of old.values()) if (!now.has(el.id)) changes.push(removed(el));
  const rank = (c: ElementChange) => Math.min(3, ...c.notes.map((n) => NOTE_RANK[n.kind]));
  return { changes: changes.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c) };
}

function added(el: Comparable): ElementChange {
  return { change: 'added', id: el.id, kind: el.kind, label: el.label, ...owner(el), fields: [], values: {}, notes: notesFor(undefined, el) };
}

function removed(el: Comparable): ElementChange {
  return { change: 'removed', id: el.id, kind: el.kind, label: el.label, ...owner(el), fields: [], values: {}, notes: notesFor(el, undefined) };
}

function changedFields(prev: Comparable, el: Comparable, moved: boolean): ElementChange | null {
  const values: Record<string, FieldChange> = {};
  for (const key of new Set([...Object.keys(prev.fields), ...Object.keys(el.fields)])) {
    if (!sameValue(prev.fields[key], el.fields[key])) values[key] = { before: prev.fields[key], after: el.fields[key] };
  }
  if (moved) values.order = {};
  const fields = Object.keys(values);
  if (fields.length === 0) return null;
  return { change: 'changed', id: el.id, kind: el.kind, label: el.label, ...owner(el), fields, values, notes: notesFor(prev, el) };
}

function owner(el: Comparable): { containerId?: string } {
  return el.mount ? { containerId: el.mount.containerId } : {};
}
