// What a file's references resolve against. LinuxKit resolves volume names and uid/gid names at
// build time, over the merged config of every file (moby/build/build.go Build, build/volume.go
// updateMountsAndBindsFromVolumes); a file built alone is its own build.
import type { ConfigModel, ContainerModel, MountModel, VolumeModel } from '../model/types.ts';
import { idNumbers } from '../model/idNumbers.ts';
import { volumesByName } from './rules/volumes/volumeNames.ts';

/** An element and the index (in build order) of the file that holds its text. */
export interface InFile<T> {
  file: number;
  item: T;
}

export interface BuildScope {
  /** The index of the file being checked, in build order. */
  file: number;
  /** Every file's name, in build order (for messages). */
  fileNames: string[];
  /** Volumes a bind can name: Moby.vols, which AppendConfig takes from the last file only. */
  volumes: Map<string, VolumeModel>;
  /** The file `volumes` come from (the last one). */
  volumesFile: number;
  /** Volumes of earlier files by name (the first of each), to say why a name is not found. */
  earlierVolumes: Map<string, InFile<VolumeModel>>;
  /** Every mount of the build, in file order. */
  mounts: InFile<MountModel>[];
  /** build.go's idMap over every container of the build (idNumbers): what a uid/gid name resolves to. */
  ids: ReadonlyMap<string, number>;
  /** Every container name of the build (the names of `ids`). */
  containerNames: ReadonlySet<string>;
  /** The containers of earlier files (AppendConfig appends later files' lists to them). */
  earlierContainers: InFile<ContainerModel>[];
}

/** The scope of a file built alone: `linuxkit build file.yml`. */
export function soloScope(model: ConfigModel, name = ''): BuildScope {
  return {
    file: 0,
    fileNames: [name],
    volumes: volumesByName(model),
    volumesFile: 0,
    earlierVolumes: new Map(),
    mounts: model.mounts.map((item) => ({ file: 0, item })),
    ...idsOf(model.containers),
    earlierContainers: [],
  };
}

/** `file` when it is not the one being checked: what a quick fix's `file` says (QuickFix.file). */
export function otherFile(scope: BuildScope, file: number): number | undefined {
  return file === scope.file ? undefined : file;
}

/** The id map of these containers and their names. */
export function idsOf(containers: ContainerModel[]): Pick<BuildScope, 'ids' | 'containerNames'> {
  const ids = idNumbers({ containers });
  const containerNames = new Set<string>();
  for (const c of containers) if (c.name !== undefined) containerNames.add(c.name);
  return { ids, containerNames };
}
