import type { Comparable } from './elements.ts';
import type { DiffNote } from './types.ts';
import { showValue, stringList } from './values.ts';

/** Lower ranks are listed first: what widens access before what merely changes. */
export const NOTE_RANK: Record<DiffNote['kind'], number> = {
  'mount-read-write': 0,
  'volume-writable': 0,
  'capabilities-gained': 0,
  'host-bind-added': 0,
  'container-added': 1,
  'container-removed': 1,
  'image-changed': 2,
};

/** What matters about one element's change (before and/or after); [] when nothing stands out. */
export function notesFor(before: Comparable | undefined, after: Comparable | undefined): DiffNote[] {
  const notes: DiffNote[] = [];
  const el = (after ?? before)!;
  if (el.kind === 'container' && !before) notes.push({ kind: 'container-added', text: `${el.label} added` });
  if (el.kind === 'container' && !after) notes.push({ kind: 'container-removed', text: `${el.label} removed` });
  if (el.kind === 'mount' && after?.mount?.sourceKind === 'host' && before?.mount?.sourceKind !== 'host') {
    const m = after.mount;
    notes.push({ kind: 'host-bind-added', text: `host path ${m.source} is now mounted ${m.readOnly ? 'read-only' : 'read-write'} at ${m.destination} in ${m.section} container ${m.containerName}` });
  }
  if (!before || !after) return notes;
  if (el.kind === 'mount' && before.fields.readonly === true && after.fields.readonly === false) {
    notes.push({ kind: 'mount-read-write', text: `${el.label} became read-write` });
  }
  if (el.kind === 'volume' && before.fields.readonly === true && after.fields.readonly === false) {
    notes.push({ kind: 'volume-writable', text: `${el.label} became writable` });
  }
  if (el.kind === 'container') {
    const had = new Set([...stringList(before.fields.capabilities), ...stringList(before.fields['capabilities.add'])]);
    const gained = [...stringList(after.fields.capabilities), ...stringList(after.fields['capabilities.add'])].filter((c) => !had.has(c));
    if (gained.length > 0) notes.push({ kind: 'capabilities-gained', text: `${el.label} gains ${[...new Set(gained)].join(', ')}` });
  }
  for (const key of ['image', 'init']) {
    if (key in before.fields || key in after.fields) {
      const [a, b] = [showValue(before.fields[key]), showValue(after.fields[key])];
      if (a !== b) notes.push({ kind: 'image-changed', text: `${el.label}: ${key} ${a} → ${b}` });
    }
  }
  return notes;
}
