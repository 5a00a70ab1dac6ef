import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { ContainerModel, MountModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';

/**
 * The span of one `:`-separated part of a bind string (0 source, 1 destination, 2 options),
 * inside the plain or quoted scalar; the whole entry when the text does not map one to one.
 */
export function bindPartSpan(_text: string, mount: MountModel, part: number): Span {
  return mount.bind?.partSpans[part] ?? mount.span;
}

/** Whether a `mounts:` entry sets `key` to something other than a string (the schema check reports it). */
export function mountFieldNotString(container: ContainerModel, mount: MountModel, key: string): boolean {
  const seq = container.fields.mounts?.node;
  if (mount.form !== 'mounts' || !isSeq(seq)) return false;
  const entry = seq.items[mount.index];
  if (!isMap(entry)) return false;
  const value: unknown = entry.get(key, true);
  return value !== undefined && !(isScalar(value) && typeof value.value === 'string');
}

/** The value span of `key` in a `mounts:` entry (e.g. its `source`), or null when it has none. */
export function mountFieldSpan(container: ContainerModel, mount: MountModel, key: string): Span | null {
  const seq = container.fields.mounts?.node;
  if (mount.form !== 'mounts' || !isSeq(seq)) return null;
  const entry = seq.items[mount.index];
  if (!isMap(entry)) return null;
  for (const pair of entry.items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== key) continue;
    const range = (isScalar(pair.value) || isSeq(pair.value)) && pair.value.range;
    return range ? { start: range[0], end: range[1] } : null;
  }
  return null;
}

/** Where to point at a mount's source: the source part of a bind, or the `source` value of a mount. */
export function mountSourceSpan(text: string, container: ContainerModel, mount: MountModel): Span {
  return mount.form === 'mounts'
    ? (mountFieldSpan(container, mount, 'source') ?? trimEnd(text, mount.span))
    : bindPartSpan(text, mount, 0);
}

/** A span without the trailing whitespace and newlines that block collection ranges carry. */
export function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}
