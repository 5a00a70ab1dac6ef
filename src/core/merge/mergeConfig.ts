// The config `linuxkit build a.yml b.yml` runs: each file's model appended in file order, as
// LinuxKit's AppendConfig (moby/config.go) does. Each element keeps the file that holds its text.
import { nameIndex } from '../model/resolve.ts';
import type { ConfigModel, ContainerModel, FileModel, MountModel, NameIndex, StringItem, VolumeModel } from '../model/types.ts';
import { SECTIONS } from '../model/types.ts';
import { stringOf } from '../model/yamlNodes.ts';
import type { InFile } from '../validate/scope.ts';

/** The kernel fields AppendConfig takes one by one from the last file that sets them. */
export const KERNEL_FIELDS = ['image', 'cmdline', 'binary', 'tar', 'ucode'] as const;
export type KernelField = (typeof KERNEL_FIELDS)[number];

export interface MergedConfig {
  /** Each kernel field with the file it comes from. */
  kernel: Partial<Record<KernelField, InFile<string>>>;
  init: InFile<StringItem>[];
  /** onboot of every file, then onshutdown, then services: Moby's lists after AppendConfig. */
  containers: InFile<ContainerModel>[];
  /** Every volume of every file (each is built: moby/build/build.go Build walks Moby.Volumes). */
  volumes: InFile<VolumeModel>[];
  files: InFile<FileModel>[];
  mounts: InFile<MountModel>[];
  /**
   * The build's names: containers and ids over every file (moby/build/build.go Build's idMap),
   * the volumes a bind can name (Moby.vols: AppendConfig replaces them with the appended file's, so
   * the last file's), the mounts of every file.
   */
  names: NameIndex;
}

/**
 * AppendConfig: a kernel field of a later file replaces the earlier one when set (`image`,
 * `cmdline`, `binary` when not empty; `tar`, `ucode` when present); init, onboot, onshutdown,
 * services, files and volumes append; `vols` (what VolByName reads) is the appended file's.
 * (moby/config.go AppendConfig)
 */
export function mergeConfig(models: readonly ConfigModel[]): MergedConfig {
  const kernel: MergedConfig['kernel'] = {};
  const inFile = <T>(pick: (m: ConfigModel) => readonly T[]) => models.flatMap((m, file) => pick(m).map((item) => ({ file, item })));
  models.forEach((model, file) => {
    for (const field of KERNEL_FIELDS) {
      const value = kernelValue(model, field);
      if (value !== undefined) kernel[field] = { file, item: value };
    }
  });
  const containers = SECTIONS.flatMap((section) => inFile((m) => m.containers.filter((c) => c.section === section)));
  const mounts = inFile((m) => m.mounts);
  const last = models.at(-1);
  const names = nameIndex({ containers: containers.map((c) => c.item), volumes: last?.volumes ?? [], mounts: mounts.map((m) => m.item) });
  return { kernel, init: inFile((m) => m.init), containers, volumes: inFile((m) => m.volumes), files: inFile((m) => m.files), mounts, names };
}

/** The value AppendConfig would take from this file, or undefined when it keeps the earlier one (moby/config.go AppendConfig). */
function kernelValue(model: ConfigModel, field: KernelField): string | undefined {
  const value = stringOf(model.kernel?.fields[field]);
  // Image, Cmdline and Binary are strings (replaced when not empty); Tar and UCode pointers (replaced when set)
  if (field === 'tar' || field === 'ucode') return value;
  return value === '' ? undefined : value;
}
