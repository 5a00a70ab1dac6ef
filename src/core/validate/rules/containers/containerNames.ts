import type { ConfigModel } from '../../../model/types.ts';

/** Every container name written in the config (onboot, onshutdown and services alike). */
export function containerNames(model: ConfigModel): Set<string> {
  const names = new Set<string>();
  for (const c of model.containers) if (c.name !== undefined) names.add(c.name);
  return names;
}
