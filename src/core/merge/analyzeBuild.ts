// `linuxkit build a.yml b.yml ...` (src/cmd/linuxkit/build.go: NewConfig then AppendConfig for
// each file, stopping at the first that fails): every file parsed and checked on its own
// (moby/config.go NewConfig), then what the merged config decides (moby/config.go AppendConfig,
// moby/build/build.go Build), each diagnostic under its file.
import { checkParsed, parseFile, type Analysis } from '../analyze.ts';
import { resolveReferences } from '../model/resolve.ts';
import type { ContainerModel, MountModel, VolumeModel } from '../model/types.ts';
import type { BuildScope, InFile } from '../validate/scope.ts';
import { mergeConfig, type MergedConfig } from './mergeConfig.ts';

/** One file of a build: its name (for messages) and its text, the truth for that file. */
export interface BuildFile {
  name: string;
  text: string;
}

export interface FileAnalysis extends Analysis {
  name: string;
}

export interface BuildAnalysis {
  /**
   * In build order; each file's diagnostics are its own and the build's that its text holds. Its
   * model's references (names, ids, volumes of mounts) are resolved against the build.
   */
  files: FileAnalysis[];
  /** The merged config; null when a file is not well-formed (LinuxKit stops at that file). */
  merged: MergedConfig | null;
}

/**
 * Analyses the files as one build. With one file this is `analyze(text)` exactly. While a file
 * does not parse, the others get only the checks of their own text: the checks that resolve names
 * across files would judge a build that LinuxKit never gets to.
 */
export function analyzeBuild(files: readonly BuildFile[]): BuildAnalysis {
  const parsedFiles = files.map((f) => parseFile(f.text));
  if (!parsedFiles.every((p) => p.wellFormed)) {
    return { merged: null, files: parsedFiles.map((p, i) => ({ name: files[i].name, ...checkParsed(p, null) })) };
  }
  const models = parsedFiles.map((p) => p.parsed.model);
  const merged = mergeConfig(models);
  const fileVolumes = models.map((m) => m.names.volumes);
  const earlierVolumes = new Map<string, InFile<VolumeModel>>();
  models.slice(0, -1).forEach((model, file) => {
    for (const [name, item] of model.names.volumes) if (!earlierVolumes.has(name)) earlierVolumes.set(name, { file, item });
  });
  if (models.length > 1) {
    const containers = merged.containers.map((c) => c.item);
    for (const model of models) resolveReferences(model, { names: merged.names, containers });
  }
  const fileOfElement = new Map<ContainerModel | MountModel, number>();
  for (const { file, item } of [...merged.containers, ...merged.mounts]) fileOfElement.set(item, file);
  const fileNames = files.map((f) => f.name);
  return {
    merged,
    files: parsedFiles.map((p, file) => {
      const fileOf = (e: ContainerModel | MountModel) => fileOfElement.get(e) ?? file;
      const scope: BuildScope = { file, fileNames, volumesFile: files.length - 1, earlierVolumes, fileOf, fileVolumes: fileVolumes[file] };
      return { name: files[file].name, ...checkParsed(p, scope) };
    }),
  };
}
