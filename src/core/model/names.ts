// Name rules and nearest-name suggestions: the one home for what a valid name is and which name was meant.
import { editDistance } from '../text/editDistance.ts';
import type { VolumeModel } from './types.ts';

/** LinuxKit's volume name rule (moby/config.go `nameRE`, used by `uniqueVolumes`): the empty name passes. */
export const VOLUME_NAME_RE = /^[a-z0-9_-]*$/;
/** Volume names the studio writes: LinuxKit's rule, and not empty. */
export const VOLUME_NAME = /^[a-z0-9_-]+$/;
/** Container names become directory names and containerd ids: letters, digits, `.`, `_`, `-`. */
export const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The name LinuxKit sees: `''` when the key is absent (Go's zero value), undefined when
 * the value is not a string (the schema check reports that).
 */
export function volumeName(v: VolumeModel): string | undefined {
  if (v.name !== undefined) return v.name;
  return v.fields.name ? undefined : '';
}

/** The candidate nearest to `value` by edit distance, if it is within `maxDistance`. */
export function closestMatch(value: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
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

/** Whether `candidate` is close enough to `name` to be a likely typo of it. */
export function isCloseName(name: string, candidate: string): boolean {
  if (name.toLowerCase() === candidate.toLowerCase()) return true;
  return editDistance(name, candidate) <= Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3));
}

/** A valid volume name close to `name` that no volume uses yet. */
export function proposeVolumeName(name: string, taken: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  const base = name.toLowerCase().replace(/[^a-z0-9_-]/g, '-') || 'volume';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * A valid container name taken from an image reference (`linuxkit/getty:abc@sha256:…` → `getty`)
 * that no container uses yet (`getty-2`, … when it is taken).
 */
export function proposeContainerName(image: string, taken: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  const repository = image.split('@')[0].split('/').pop() ?? '';
  const base = repository.replace(/:.*$/, '').replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'container';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** `prefix-1`, `prefix-2`, ...: the first that is not taken. */
export function firstFreeName(prefix: string, taken: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
