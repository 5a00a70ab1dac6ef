import type { Section } from '../model/types.ts';
import type { Span } from '../text/span.ts';

/** Who set a value: LinuxKit's own default, the image's `org.mobyproject.config` label, or the config file. */
export type Origin = 'linuxkit' | 'image' | 'config';

/** A value with where it came from; `span` points at the config's own text when origin is `config`. */
export interface Traced<T> {
  value: T;
  origin: Origin;
  span?: Span;
}

/** `package`: the label is known (a LinuxKit package); `assumed-none`: any other image, label unknown. */
export type ImageConfigKnowledge = 'package' | 'assumed-none';

export interface RuntimeMount {
  destination: string;
  type: string;
  source: string;
  options: string[];
  origin: Origin;
  /** The volume a bind mounts (its source reads `/containers/volumes/<name>/merged`). */
  volume?: string;
  /** The model's mount id (`mount:…`) when the config file wrote this mount. */
  mountId?: string;
  span?: Span;
  /** Earlier entries at the same destination that this one replaced (LinuxKit keys mounts by destination). */
  replaced: HiddenMount[];
}

export interface HiddenMount {
  type: string;
  source: string;
  origin: Origin;
  mountId?: string;
  span?: Span;
}

export interface RuntimeCapability {
  name: string;
  origin: Origin;
  span?: Span;
}

export interface Rlimit {
  type: string;
  soft: string;
  hard: string;
}

export interface RuntimeDevice {
  path: string;
  type: string;
  major?: number;
  minor?: number;
  mode?: string;
}

export const NAMESPACES = ['net', 'ipc', 'uts', 'pid', 'user', 'mount'] as const;
export type NamespaceKind = (typeof NAMESPACES)[number];

/** An id as resolved: the number LinuxKit uses, and the name written when it was one. */
export interface RuntimeId {
  id: number | null;
  name?: string;
}

/** Why `linuxkit build` would stop while making this container's OCI config. */
export interface RuntimeError {
  message: string;
  span?: Span;
}

/** What LinuxKit will run for one container: its OCI config after merging the image's label. */
export interface ContainerRuntime {
  containerId: string;
  section: Section;
  name: string;
  image: string;
  imageConfig: ImageConfigKnowledge;
  /** null: taken from the image's own Entrypoint/Cmd, Env or WorkingDir, which only the build sees. */
  args: Traced<string[] | null>;
  env: Traced<string[] | null>;
  cwd: Traced<string | null>;
  uid: Traced<RuntimeId>;
  gid: Traced<RuntimeId>;
  additionalGids: Traced<RuntimeId[]>;
  /** The bounding set, sorted (also inheritable and permitted; moby/config.go ConfigToOCI). */
  capabilities: RuntimeCapability[];
  /** The effective set, in the order given. */
  effective: string[];
  ambient: Traced<string[]>;
  readonlyRootfs: Traced<boolean>;
  /** `host`, `new`, or a namespace path. */
  namespaces: Record<NamespaceKind, Traced<string>>;
  rlimits: Traced<Rlimit[]>;
  sysctl: Traced<Record<string, string>>;
  devices: Traced<RuntimeDevice[]>;
  /** Sorted by destination, as LinuxKit sorts them (moby/config.go ConfigToOCI, sort.Slice). */
  mounts: RuntimeMount[];
  errors: RuntimeError[];
}
