// `linuxkit build a.yml b.yml ...`: every file parsed and checked on its own (NewConfig), then
// what the merged config decides (AppendConfig and build.go), each diagnostic under its file.
import { checkParsed, parseFile, type Analysis } from '../analyze.ts';
import { volumesByName } from '../validate/rules/volumes/volumeNames.ts';
import { idsOf, type BuildScope, type InFile } from '../validate/scope.ts';
import type { VolumeModel } from '../model/types.ts';
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
  /** In build order; each file's diagnostics are its own and the build's that its text holds. */
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
  const complete = parsedFiles.every((p) => p.wellFormed);
  const merged = complete ? mergeConfig(parsedFiles.map((p) => p.parsed.model)) : null;
  const fileNames = files.map((f) => f.name);
  return {
    merged,
    files: parsedFiles.map((p, file) => ({
      name: files[file].name,
      ...checkParsed(p, merged ? scopeOf(merged, file, fileNames) : null),
    })),
  };
}

/** What file `file` resolves names against in the merged build. */
export function scopeOf(merged: MergedConfig, file: number, fileNames: string[]): BuildScope {
  const last = fileNames.length - 1;
  const earlierVolumes = new Map<string, InFile<VolumeModel>>();
  for (let f = 0; f < last; f++) {
    const ofFile = merged.volumes.filter((v) => v.file === f).map((v) => v.item);
    for (const [name, item] of volumesByName({ volumes: ofFile })) {
      if (!earlierVolumes.has(name)) earlierVolumes.set(name, { file: f, item });
    }
  }
  return {
    file,
    fileNames,
    volumes: new Map([...merged.resolvable].map(([name, v]) => [name, v.item])),
    volumesFile: last,
    earlierVolumes,
    mounts: merged.mounts,
    ...idsOf(merged.containers.map((c) => c.item)),
    earlierContainers: merged.containers.filter((c) => c.file < file),
  };
}
