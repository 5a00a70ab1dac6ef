/**
 * `@pkg:<path>` is a LinuxKit template: `linuxkit build` replaces it with the tag of the package
 * at <path> (docs/yaml.md, Templates), which only a build on the local filesystem can compute.
 * We never resolve it, so image rules skip it rather than guess: no error, no "unpinned" hint
 * (the resolved tag is a content hash, so it is always pinned).
 */
export function isPackageTemplate(ref: string): boolean {
  return ref.startsWith('@pkg:') && ref.length > '@pkg:'.length;
}
