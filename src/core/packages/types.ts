/**
 * The `config:` block of a LinuxKit package's build.yml: what the package bakes into its
 * `org.mobyproject.config` label (the fields of LinuxKit's ImageConfig).
 */
export interface PackageConfig {
  capabilities?: string[];
  'capabilities.add'?: string[];
  ambient?: string[];
  mounts?: PackageMount[];
  binds?: string[];
  'binds.add'?: string[];
  devices?: PackageDevice[];
  tmpfs?: string[];
  command?: string[];
  env?: string[];
  cwd?: string;
  net?: string;
  pid?: string;
  ipc?: string;
  uts?: string;
  userns?: string;
  hostname?: string;
  readonly?: boolean;
  maskedPaths?: string[];
  readonlyPaths?: string[];
  uid?: number | string;
  gid?: number | string;
  additionalGids?: (number | string)[];
  noNewPrivileges?: boolean;
  oomScoreAdj?: number;
  rootfsPropagation?: string;
  cgroupsPath?: string;
  sysctl?: Record<string, string>;
  rlimits?: string[];
  annotations?: Record<string, string>;
  resources?: Record<string, unknown>;
  uidMappings?: Record<string, unknown>[];
  gidMappings?: Record<string, unknown>[];
  runtime?: Record<string, unknown>;
}

export interface PackageMount {
  destination?: string;
  type?: string;
  source?: string;
  options?: string[];
}

export interface PackageDevice {
  path: string;
  type: string;
  major?: number;
  minor?: number;
  /** LinuxKit reads the mode as a string: `0666` stays `"0666"`. */
  mode?: string;
}

export interface PackageDefaults {
  /** The package's directory name, e.g. `getty`. */
  package: string;
  /** The image name without tag, e.g. `linuxkit/getty`. */
  image: string;
  config: PackageConfig;
}

/** How the corpus configs pin a package: its most common tag and how often the package is used. */
export interface PackageCatalogEntry {
  package: string;
  image: string;
  /** The most common pinned tag, or null when no corpus config pins one. */
  tag: string | null;
  /** The reference to insert: `image:tag`, or just the image when no tag is known. */
  ref: string;
  /** How many image references in the corpus name this package. */
  uses: number;
}
