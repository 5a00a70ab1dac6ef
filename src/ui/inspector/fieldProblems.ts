import type { Diagnostic } from '../../core/diagnostics/types.ts';
import type { Field } from '../../core/model/types.ts';
import type { Span } from '../../core/text/span.ts';

/** An element's diagnostics split into the ones that belong to a field and the rest. */
export interface ElementProblems {
  byField: Record<string, Diagnostic[]>;
  general: Diagnostic[];
}

function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** The span of a field from its key through its value. */
export function fieldSpan(field: Field): Span {
  return { start: field.keySpan.start, end: Math.max(field.keySpan.end, field.valueSpan.end) };
}

/**
 * Groups the diagnostics of one container or volume by field: a diagnostic belongs to the
 * field it names (`field`: a missing key, whose span is another key's) or else to the field
 * whose key/value span contains its span; the others are `general`.
 */
export function problemsByField(diagnostics: readonly Diagnostic[], fields: Record<string, Field>): ElementProblems {
  const byField: Record<string, Diagnostic[]> = {};
  const general: Diagnostic[] = [];
  const entries = Object.values(fields);
  for (const d of diagnostics) {
    const key = d.field ?? entries.find((f) => inside(d.span, fieldSpan(f)))?.key;
    if (key !== undefined) (byField[key] ??= []).push(d);
    else general.push(d);
  }
  return { byField, general };
}

/** The mount editor's fields: a mount has no field spans of its own, so codes decide. */
export type MountPart = 'destination' | 'readOnly' | 'source';

const MOUNT_PART_OF_CODE: Partial<Record<Diagnostic['code'], MountPart>> = {
  'duplicate-mount-destination': 'destination',
  'readonly-volume-mounted-rw': 'readOnly',
  'unknown-volume': 'source',
};

export function mountProblems(diagnostics: readonly Diagnostic[]): ElementProblems {
  const byField: Record<string, Diagnostic[]> = {};
  const general: Diagnostic[] = [];
  for (const d of diagnostics) {
    const part = MOUNT_PART_OF_CODE[d.code];
    if (part) (byField[part] ??= []).push(d);
    else general.push(d);
  }
  return { byField, general };
}

/** The diagnostics among `diagnostics` whose span lies inside `span` (one list row). */
export function problemsInside(diagnostics: readonly Diagnostic[], span: Span | undefined): Diagnostic[] {
  return span ? diagnostics.filter((d) => inside(d.span, span)) : [];
}

/** The worst severity of a list, for the field's border colour. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Diagnostic['severity'] | null {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return diagnostics.length > 0 ? 'info' : null;
}
