import { isSeq } from 'yaml';
import type { ContainerModel, MountModel } from '../../../model/types.ts';

/**
 * Whether LinuxKit reads this container's `binds.add`: when the config sets `binds`
 * (even `[]`), ConfigToOCI takes `binds` alone and ignores `binds.add` entirely
 * (moby/config.go ConfigToOCI, assignStrings).
 */
export function usesBindsAdd(c: ContainerModel): boolean {
  return !isSeq(c.fields.binds?.node);
}

/** The bind entries LinuxKit turns into mounts: `binds`, or else `binds.add`. */
export function effectiveBinds(c: ContainerModel): MountModel[] {
  const form = usesBindsAdd(c) ? 'binds.add' : 'binds';
  return c.mounts.filter((m) => m.form === form);
}
