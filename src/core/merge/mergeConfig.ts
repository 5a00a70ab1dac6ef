// The config `linuxkit build a.yml b.yml` runs: each file's model appended in file order, as
// LinuxKit's AppendConfig (moby/config.go) does. Each element keeps the file that holds its text.
import type { ConfigModel, ContainerModel, FileModel, MountModel, StringItem, VolumeModel } from '../model/types.ts';
import { SECTIONS } from '../model/types.ts';
import type { InFile } from '../validate/scope.ts';
import { stringOf } from '../model/yamlNodes.ts';
import { volumesByName } from '../validate/rules/volumes/volumeNames.ts';

/** The kernel fields AppendConfig takes one by one from the last file that sets them. */
export const KERNEL_FIELDS = ['image', 'cmdline', 'binary', 'tar', 'ucode'] as const;
export type KernelField = (typeof KERNEL_FIELDS)[number];

export interface MergedConfig {
  /** Each kernel field with the file it comes from. */
  kernel: Partial<Record<KernelField, InFile<string>>>;
  init: InFile<StringItem>[];
  /** onboot of every file, then onshutdown, then services: Moby's lists after AppendConfig. */
  containers: InFile<ContainerModel>[];
  /** Every volume of every file (each is built: build.go walks Moby.Volumes). */
  volumes: InFile<VolumeModel>[];
  /** The volumes a bind can name: Moby.vols, which AppendConfig replaces with the last file's. */
  resolvable: Map<string, InFile<VolumeModel>>;
  files: InFile<FileModel>[];
  mounts: InFile<MountModel>[];
}

/**
 * AppendConfig: a kernel field of a later file replaces the earlier one when set (`image`,
 * `cmdline`, `binary` when not empty; `tar`, `ucode` when present); init, onboot, onshutdown,
 * services, files and volumes append; `vols` (what VolByName reads) is the appended file's.
 */
export function mergeConfig(models: ConfigModel[]): MergedConfig {
  const merged: MergedConfig = { kernel: {}, init: [], containers: [], volumes: [], resolvable: new Map(), files: [], mounts: [] };
  const inFile = <T>(file: number, items: T[]) => items.map((item) => ({ file, item }));
  models.forEach((model, file) => {
    for (const field of KERNEL_FIELDS) {
      const value = kernelValue(model, field);
      if (value !== undefined) merged.kernel[field] = { file, item: value };
    }
    merged.init.push(...inFile(file, model.init));
    merged.volumes.push(...inFile(file, model.volumes));
    merged.files.push(...inFile(file, model.files));
    merged.mounts.push(...inFile(file, model.mounts));
  });
  for (const section of SECTIONS) {
    models.forEach((model, file) => merged.containers.push(...inFile(file, model.containers.filter((c) => c.section === section))));
  }
  const last = models.length - 1;
  if (last >= 0) for (const [name, item] of volumesByName(models[last])) merged.resolvable.set(name, { file: last, item });
  return merged;
}

/** The value AppendConfig would take from this file, or undefined when it keeps the earlier one. */
function kernelValue(model: ConfigModel, field: KernelField): string | undefined {
  const f = model.kernel?.fields[field];
  const value = stringOf(f);
  // Image, Cmdline, Binary are strings (replaced when not empty); Tar, UCode pointers (replaced when set)
  if (field === 'tar' || field === 'ucode') return value;
  return value === '' ? undefined : value;
}
