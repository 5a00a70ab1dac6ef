// Where a file sits in its build. LinuxKit resolves volume names and uid/gid names at build time,
// over the merged config of every file (moby/build/build.go Build, moby/build/volume.go
// updateMountsAndBindsFromVolumes); a file built alone is its own build. The names themselves
// are resolved in the model (model.names, resolved against the build by analyzeBuild); the scope
// says which file holds what, for messages and for quick fixes that edit another file.
import type { ConfigModel, ContainerModel, MountModel, VolumeModel } from '../model/types.ts';

/** An element and the index (in build order) of the file that holds its text. */
export interface InFile<T> {
  file: number;
  item: T;
}

export interface BuildScope {
  /** The index of the file being checked, in build order. */
  file: number;
  /** Every file's name, in build order (for messages). */
  fileNames: readonly string[];
  /** The file whose volumes binds can name: the last (AppendConfig replaces Moby.vols with each appended file's). */
  volumesFile: number;
  /** Volumes of earlier files by name (the first of each), to say why a name is not found. */
  earlierVolumes: ReadonlyMap<string, InFile<VolumeModel>>;
  /** The file that holds a container or mount of the build. */
  fileOf(element: ContainerModel | MountModel): number;
  /**
   * The file's own volumes by name (NewConfig's uniqueVolumes checks a file alone), when
   * model.names holds the build's (whose volumes are the last file's); absent for a file alone.
   */
  fileVolumes?: ReadonlyMap<string, VolumeModel>;
}

/** The volumes of this very file by name, the first of each. */
export function ownVolumes(model: ConfigModel, scope: BuildScope | undefined): ReadonlyMap<string, VolumeModel> {
  return scope?.fileVolumes ?? model.names.volumes;
}

/** The scope of a file built alone: `linuxkit build file.yml`. */
export function soloScope(name = ''): BuildScope {
  return { file: 0, fileNames: [name], volumesFile: 0, earlierVolumes: new Map(), fileOf: () => 0 };
}

/** `file` when it is not the one being checked: what a quick fix's `file` says (QuickFix.file). */
export function otherFile(scope: BuildScope, file: number): { file?: number } {
  return file === scope.file ? {} : { file };
}
