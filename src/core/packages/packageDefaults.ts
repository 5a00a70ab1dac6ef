import { FEATURED_REFS, PACKAGE_CATALOG, PACKAGE_CONFIGS } from './packageDefaults.generated.ts';
import type { PackageCatalogEntry, PackageDefaults } from './types.ts';

export type { PackageCatalogEntry, PackageConfig, PackageDefaults, PackageDevice, PackageMount } from './types.ts';

const REGISTRY_PREFIXES = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];

/** `docker.io/linuxkit/getty:tag@sha256:…` → `linuxkit/getty`: the repository without registry, tag or digest. */
export function imageRepository(imageRef: string): string {
  let ref = imageRef.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  // a colon before the last slash belongs to a registry port, not a tag
  if (colon > slash) ref = ref.slice(0, colon);
  for (const prefix of REGISTRY_PREFIXES) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  return ref;
}

const DEFAULTS = new Map<string, PackageDefaults>();

/** The defaults a LinuxKit package image brings along, or undefined for any other image. */
export function packageDefaultsFor(imageRef: string): PackageDefaults | undefined {
  const repo = imageRepository(imageRef);
  if (!repo.startsWith('linuxkit/')) return undefined;
  const name = repo.slice('linuxkit/'.length);
  if (!Object.hasOwn(PACKAGE_CONFIGS, name)) return undefined;
  // one object per package, so that callers comparing graph data by identity see no change
  let defaults = DEFAULTS.get(name);
  if (!defaults) {
    defaults = { package: name, image: `linuxkit/${name}`, config: PACKAGE_CONFIGS[name] };
    DEFAULTS.set(name, defaults);
  }
  return defaults;
}

/** Every known package, most used in the corpus first, with the tag to pin. */
export function packageCatalog(): readonly PackageCatalogEntry[] {
  return PACKAGE_CATALOG;
}

/**
 * The reference to insert for a package the palette offers (`linuxkit/getty:<tag>`, the same as
 * its catalog entry), or undefined. Kept apart from the catalog so the app need not load it.
 */
export function featuredRef(name: string): string | undefined {
  return Object.hasOwn(FEATURED_REFS, name) ? FEATURED_REFS[name] : undefined;
}
