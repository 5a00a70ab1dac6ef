import type { ConfigModel, Section } from './types.ts';

/** The order build.go numbers containers in: onboot, then onshutdown, then services. */
const NUMBERING_ORDER: readonly Section[] = ['onboot', 'onshutdown', 'services'];

/**
 * The uid/gid LinuxKit gives each container name, as `Build` (moby/build/build.go) fills its
 * idMap: 100 upwards in the order above; a name used twice keeps the later number.
 */
export function idNumbers(model: ConfigModel): Map<string, number> {
  const ids = new Map<string, number>();
  let next = 100;
  for (const section of NUMBERING_ORDER) {
    for (const c of model.containers) {
      if (c.section !== section) continue;
      ids.set(c.name ?? '', next++);
    }
  }
  return ids;
}
