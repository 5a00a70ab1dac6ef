import type { ConfigModel, VolumeModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import { trimEnd } from './mountSpans.ts';
import { editDistance } from '../../../text/editDistance.ts';

/** LinuxKit's volume name rule (moby/config.go `nameRE`). */
export const VOLUME_NAME_RE = /^[a-z0-9_-]*$/;

/**
 * The name LinuxKit sees: `''` when the key is absent (Go's zero value), undefined when
 * the value is not a string (the schema check reports that).
 */
export function volumeName(v: VolumeModel): string | undefined {
  if (v.name !== undefined) return v.name;
  return v.fields.name ? undefined : '';
}

/** Volumes by name, the first of each name winning. */
export function volumesByName(model: Pick<ConfigModel, 'volumes'>): Map<string, VolumeModel> {
  const byName = new Map<string, VolumeModel>();
  for (const v of model.volumes) {
    const name = volumeName(v);
    if (name !== undefined && !byName.has(name)) byName.set(name, v);
  }
  return byName;
}

/** Where to point at a volume's name: its value, else the whole entry. */
export function volumeNameSpan(text: string, v: VolumeModel): Span {
  return v.fields.name?.valueSpan ?? trimEnd(text, v.span);
}

/** A valid name close to `name` that no volume uses yet. */
export function proposeVolumeName(name: string, taken: ReadonlySet<string>): string {
  const base = name.toLowerCase().replace(/[^a-z0-9_-]/g, '-') || 'volume';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Up to `max` names, nearest to `name` by edit distance first. */
export function closestNames(name: string, names: Iterable<string>, max = 3): string[] {
  return [...new Set(names)]
    .filter((n) => n !== '')
    .map((n) => ({ n, d: editDistance(name, n) }))
    .sort((a, b) => a.d - b.d || a.n.localeCompare(b.n))
    .slice(0, max)
    .map((x) => x.n);
}
