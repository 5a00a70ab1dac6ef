// The text an edit of one element may touch: from the end of its previous sibling (or its
// list's key) to the start of its next sibling (or the next top-level key). Everything
// outside must stay byte-identical.
import { expect } from 'vitest';
import type { Analysis } from '../../src/core/analyze.ts';
import type { Span } from '../../src/core/text/span.ts';
import { changedRegion } from './steps.ts';

interface Item {
  span: Span;
}

function topLevelEnd(analysis: Analysis, key: string): number {
  const sections = Object.values(analysis.parsed.model.sections);
  const own = analysis.parsed.model.sections[key];
  const after = sections.map((f) => f.keySpan.start).filter((s) => own && s > own.keySpan.start);
  return after.length > 0 ? Math.min(...after) : analysis.parsed.text.length;
}

/** The region of item `index` of `siblings` (one list, in order) under top-level key `key`. */
function listItemRegion(analysis: Analysis, key: string, siblings: readonly Item[], index: number): Span {
  const section = analysis.parsed.model.sections[key];
  const start = index > 0 ? siblings[index - 1].span.end : (section?.keySpan.start ?? 0);
  const end = index < siblings.length - 1 ? siblings[index + 1].span.start : topLevelEnd(analysis, key);
  return { start, end };
}

export function containerRegion(analysis: Analysis, containerId: string): Span {
  const model = analysis.parsed.model;
  const c = model.containers.find((x) => x.id === containerId);
  if (!c) throw new Error(`no container ${containerId}`);
  const siblings = model.containers.filter((x) => x.section === c.section).sort((a, b) => a.index - b.index);
  return listItemRegion(analysis, c.section, siblings, c.index);
}

export function volumeRegion(analysis: Analysis, volumeId: string): Span {
  const volumes = analysis.parsed.model.volumes;
  const v = volumes.find((x) => x.id === volumeId);
  if (!v) throw new Error(`no volume ${volumeId}`);
  return listItemRegion(analysis, 'volumes', volumes, v.index);
}

/** The whole top-level section `key` (its key to the next top-level key). */
export function sectionRegion(analysis: Analysis, key: string): Span {
  const section = analysis.parsed.model.sections[key];
  if (!section) throw new Error(`no section ${key}`);
  return { start: section.keySpan.start, end: topLevelEnd(analysis, key) };
}

/** Asserts that the texts differ only inside `region` of the AFTER text (for additions). */
export function expectAddedWithin(before: string, after: string, region: Span, label: string): void {
  const changed = changedRegion(before, after);
  expect(changed.start, `${label}: change starts inside the element`).toBeGreaterThanOrEqual(region.start);
  expect(changed.afterEnd, `${label}: change ends inside the element`).toBeLessThanOrEqual(region.end);
}

/** Asserts that the texts differ only inside `region` of the BEFORE text (for removals and edits). */
export function expectChangedWithin(before: string, after: string, region: Span, label: string): void {
  const changed = changedRegion(before, after);
  expect(changed.start, `${label}: change starts inside the element`).toBeGreaterThanOrEqual(region.start);
  expect(changed.beforeEnd, `${label}: change ends inside the element`).toBeLessThanOrEqual(region.end);
}
