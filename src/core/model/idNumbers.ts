// The numeric user and group ids LinuxKit gives container names, and how it resolves a uid/gid value.
import type { ConfigModel, ContainerModel } from './types.ts';

/** Where LinuxKit starts numbering containers (moby/build/build.go `Build`: `id := uint32(100)`). */
export const FIRST_CONTAINER_ID = 100;

/** The order `Build` walks the sections in when it numbers them: not the order of SECTIONS. */
const NUMBERING_ORDER = ['onboot', 'onshutdown', 'services'] as const;

/**
 * Name → id, as moby/build/build.go `Build` fills `idMap`: onboot, then onshutdown, then services,
 * one id each from 100 up. A name used twice keeps the id of its later container (a map overwrite),
 * while the counter still moves on. A container without a name is Go's `""`, which IDNumeric reads
 * as root before it looks anything up.
 */
export function idNumbers(model: Pick<ConfigModel, 'containers'>): ReadonlyMap<string, number> {
  const ids = new Map<string, number>();
  let id = FIRST_CONTAINER_ID;
  for (const section of NUMBERING_ORDER) {
    for (const c of model.containers) {
      if (c.section !== section) continue;
      if (c.name !== undefined) ids.set(c.name, id);
      else if (!c.fields.name) ids.set('', id); // a non-string name is a schema error already
      id++;
    }
  }
  return ids;
}

/** What a `uid`, `gid` or `additionalGids` value becomes. */
export type IdResolution =
  | { kind: 'number'; id: number }
  | { kind: 'root'; id: 0 }
  | { kind: 'container'; name: string; id: number; container?: ContainerModel }
  | { kind: 'unknown'; name: string }
  | { kind: 'bad-type' };

/**
 * moby/config.go `IDNumeric`: nothing is 0; a YAML integer is used as is (as a uint32); a string is
 * `""`/`root` (0) or a container name; anything else is "bad type for uid or gid".
 */
export function resolveId(value: unknown, ids: ReadonlyMap<string, number>): IdResolution {
  if (value === null || value === undefined) return { kind: 'root', id: 0 };
  if (typeof value === 'number') return Number.isInteger(value) ? { kind: 'number', id: value >>> 0 } : { kind: 'bad-type' };
  if (typeof value !== 'string') return { kind: 'bad-type' };
  if (value === '' || value === 'root') return { kind: 'root', id: 0 };
  const id = ids.get(value);
  return id === undefined ? { kind: 'unknown', name: value } : { kind: 'container', name: value, id };
}
