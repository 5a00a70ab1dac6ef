import { isAlias, isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { diagnostic } from '../diagnostics/make.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import type { ParsedConfig } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { goKind, type GoKind } from './goValue.ts';
import { linuxkitSchema } from './linuxkitSchema.ts';
import { mapEntries } from './mapEntries.ts';
import { invalidValueMessage, missingFieldMessage, nonStringKeyMessage, unknownFieldMessage, wrongTypeMessage } from './messages.ts';
import { fieldLabel, pathLabel, type PathSegment } from './pathLabel.ts';
import { resolveSchema } from './resolve.ts';
import type { JsonSchema, JsonType } from './schemaTypes.ts';
import { targetOf } from './targetOf.ts';

interface Walk {
  doc: Document.Parsed;
  parsed: ParsedConfig;
  out: Diagnostic[];
  /** (node, schema) pairs already checked: an aliased node is checked once, and aliases cannot explode. */
  checked: WeakMap<object, Set<JsonSchema>>;
  /** Nodes being checked right now, so an alias to an ancestor cannot loop. */
  ancestors: Set<object>;
  /** `code@start-end` of every report: a merged key is seen from each mapping that merges it. */
  reported: Set<string>;
}

function spanOf(node: unknown): Span | null {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r && r[1] > r[0] ? { start: r[0], end: r[1] } : null;
}

function report(walk: Walk, code: DiagnosticCode, message: string, span: Span, path: readonly PathSegment[], field?: string): void {
  const key = `${code}@${span.start}-${span.end}`;
  if (walk.reported.has(key)) return;
  walk.reported.add(key);
  const target = targetOf(walk.parsed.model, path);
  walk.out.push(diagnostic(code, message, span, { ...(target === undefined ? {} : { target }), ...(field === undefined ? {} : { field }) }));
}

function matches(type: JsonType | undefined, kind: GoKind): boolean {
  if (type === undefined) return true;
  return type === kind;
}

function anyOfAccepts(schema: JsonSchema, kind: GoKind): boolean {
  return !schema.anyOf || schema.anyOf.some((s) => matches(s.type, kind));
}

/**
 * Checks a value against a schema the way gojsonschema does on LinuxKit's decoded YAML.
 * `fallback` is where to point when the value has no text (an empty value): its key or `-`.
 */
function checkValue(walk: Walk, node: unknown, schemaIn: JsonSchema, path: PathSegment[], fallback: Span): void {
  const value = isAlias(node) ? node.resolve(walk.doc) : node;
  if (isAlias(node) && (!value || isAlias(value))) return; // unresolvable: the parser reports it
  if (value && typeof value === 'object') {
    if (walk.ancestors.has(value)) return;
    const seen = walk.checked.get(value) ?? new Set<JsonSchema>();
    if (seen.has(schemaIn)) return;
    seen.add(schemaIn);
    walk.checked.set(value, seen);
  }
  const { schema, definition } = resolveSchema(schemaIn);
  const kind = goKind(walk.doc, value);
  if (kind === 'unknown') return;
  const span = spanOf(node) ?? fallback;
  const scalar = isScalar(value) ? value : null;
  const label = fieldLabel(path);
  if (schema.enum) {
    if (!(kind === 'string' && scalar && schema.enum.includes(String(scalar.value)))) {
      const actual = kind === 'null' ? undefined : scalar ? String(scalar.source ?? scalar.value) : kind === 'array' ? 'a list' : 'a mapping';
      report(walk, 'invalid-value', invalidValueMessage(label, schema.enum, actual), span, path);
    }
    return;
  }
  if (!anyOfAccepts(schema, kind) || !matches(schema.type, kind)) {
    const expected = schema.type ?? 'string or integer';
    report(walk, 'wrong-type', wrongTypeMessage(label, expected, definition, kind, scalar), span, path);
    return;
  }
  if (!value || typeof value !== 'object') return;
  walk.ancestors.add(value);
  if (isMap(value)) checkObject(walk, value, schema, definition, path, span);
  else if (isSeq(value) && schema.items) checkItems(walk, value, schema.items, path);
  walk.ancestors.delete(value);
}

function checkObject(walk: Walk, map: YAMLMap, schema: JsonSchema, definition: string | undefined, path: PathSegment[], span: Span): void {
  const { entries, badMerges } = mapEntries(walk.doc, map);
  for (const bad of badMerges) {
    report(walk, 'wrong-type', '`<<` (merge key) must name a mapping, e.g. `<<: *defaults`, or a list of them.', bad.span, path);
  }
  const properties = schema.properties ?? {};
  const allowed = Object.keys(properties);
  for (const entry of entries) {
    if (entry.key === null) {
      report(walk, 'unknown-field', nonStringKeyMessage(entry.keyText, pathLabel(path)), entry.keySpan, path);
    } else if (Object.hasOwn(properties, entry.key)) {
      checkValue(walk, entry.value, properties[entry.key], [...path, entry.key], entry.keySpan);
    } else if (typeof schema.additionalProperties === 'object') {
      checkValue(walk, entry.value, schema.additionalProperties, [...path, entry.key], entry.keySpan);
    } else if (schema.additionalProperties === false) {
      report(walk, 'unknown-field', unknownFieldMessage(entry.key, definition, allowed), entry.keySpan, path);
    }
  }
  const missing = (schema.required ?? []).filter((r) => !entries.some((e) => e.key === r));
  if (missing.length > 0) {
    const nameEntry = entries.find((e) => e.key === 'name');
    const name = isScalar(nameEntry?.value) && typeof nameEntry.value.value === 'string' ? nameEntry.value.value : undefined;
    const at = entries.find((e) => e.keySpan.end > e.keySpan.start)?.keySpan ?? span;
    // the span is another key's (a missing key has no text): `field` says which key the problem is about
    report(walk, 'missing-field', missingFieldMessage(pathLabel(path), name, missing), at, path, missing[0]);
  }
}

/** Where an empty list entry is: its `-`, found by looking back from the (empty) value. */
function dashBefore(text: string, offset: number): Span {
  let i = Math.min(offset, text.length) - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && text[i] === '-' ? { start: i, end: i + 1 } : { start: offset, end: offset };
}

function checkItems(walk: Walk, seq: YAMLSeq, items: JsonSchema, path: PathSegment[]): void {
  seq.items.forEach((item, index) => {
    const start = (item as { range?: [number, number, number] } | null)?.range?.[0] ?? seq.range?.[0] ?? 0;
    checkValue(walk, item, items, [...path, index], dashBefore(walk.parsed.text, start));
  });
}

/** Every unknown-field, missing-field, wrong-type and invalid-value problem of a parsed config. */
export function checkSchema(parsed: ParsedConfig): Diagnostic[] {
  const doc = parsed.doc;
  if (!doc || doc.contents === null || doc.contents === undefined) return [];
  const walk: Walk = { doc, parsed, out: [], checked: new WeakMap(), ancestors: new Set(), reported: new Set() };
  try {
    const root = isAlias(doc.contents) ? doc.contents.resolve(doc) : doc.contents;
    const kind = goKind(doc, root);
    if (isMap(root)) {
      checkObject(walk, root, linuxkitSchema, undefined, [], spanOf(root) ?? { start: 0, end: 0 });
    } else if (kind !== 'null' && kind !== 'unknown') {
      // The schema accepts any non-object, but decoding it into LinuxKit's config struct fails.
      const what = kind === 'array' ? 'a list' : 'a single value';
      const message = `A LinuxKit config must be a mapping of sections (kernel, init, onboot, services, ...), not ${what}.`;
      walk.out.push(diagnostic('wrong-type', message, spanOf(doc.contents) ?? { start: 0, end: 0 }));
    }
  } catch {
    // Never throw from core: a bug here must not hide the other rules' results.
  }
  return walk.out;
}
