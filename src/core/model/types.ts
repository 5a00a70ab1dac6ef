import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { PackageDefaults } from '../packages/types.ts';
import type { Span } from '../text/span.ts';
import type { BindParts, TmpfsParts } from './bindParts.ts';
import type { IdResolution } from './idNumbers.ts';

export const SECTIONS = ['onboot', 'services', 'onshutdown'] as const;
export type Section = (typeof SECTIONS)[number];

/** A key of a mapping with its value node, as written in the text. */
export interface Field {
  key: string;
  keySpan: Span;
  /** Span of the value node; an empty span right after the colon when the value is absent. */
  valueSpan: Span;
  /** The value as plain JS (aliases resolved), or undefined when it cannot be converted. */
  value: unknown;
  pair: Pair;
  node: YamlNode | null;
}

/** A scalar string inside a list (an init image, a tmpfs entry, a capability, ...). */
export interface StringItem {
  value: string;
  span: Span;
}

/** A tmpfs entry with its parts. */
export interface TmpfsEntry extends StringItem {
  parts: TmpfsParts;
}

export type MountForm = 'binds' | 'binds.add' | 'mounts';

/** Where a mount's data comes from. */
export type MountSourceKind =
  | 'volume' // a named volume of the `volumes:` section (source not starting with `/`)
  | 'host' // an absolute host path
  | 'special'; // a `mounts:` entry of another type (proc, tmpfs, cgroup, ...)

/**
 * One bind / binds.add entry / mounts entry of a container, first-class:
 * volumes connect to containers only through these.
 */
export interface MountModel {
  /** `mount:<section>:<container>:<destination>` (DESIGN.md), unique within the config. */
  id: string;
  containerId: string;
  section: Section;
  containerName: string;
  form: MountForm;
  /** Position in its list (binds, binds.add or mounts). */
  index: number;
  /** Span of the whole list entry. */
  span: Span;
  /** The bind string as written (binds and binds.add only). */
  raw?: string;
  source: string;
  sourceKind: MountSourceKind;
  /** The volume name when sourceKind is 'volume'. */
  volume?: string;
  /** Mount type (mounts form only; binds are always 'bind'). */
  type: string;
  destination: string;
  options: string[];
  /** Effective read-only state: the first of `ro`/`rw` in the options is `ro`. */
  readOnly: boolean;
  /** A bind's parts, split once, with their spans (binds and binds.add only). */
  bind?: BindParts;
  /** The volume the source names, resolved as LinuxKit's `VolByName` does (absent for host paths, other types, unknown names). */
  volumeModel?: VolumeModel;
}

/** A `uid`, `gid` or `additionalGids` entry and what LinuxKit makes of it. */
export interface IdRef {
  key: 'uid' | 'gid' | 'additionalGids';
  /** The entry's position in `additionalGids`. */
  index?: number;
  value: unknown;
  span: Span;
  resolution: IdResolution;
}

export interface ContainerModel {
  /** `container:<section>:<name>`; later duplicates get `#2`, `#3`; nameless ones `#<index>`. */
  id: string;
  section: Section;
  /** Position in its section list. */
  index: number;
  span: Span;
  name?: string;
  image?: string;
  fields: Record<string, Field>;
  mounts: MountModel[];
  /** tmpfs entries as written. */
  tmpfs: StringItem[];
  /** The same entries, split once (destination and options). */
  tmpfsEntries: TmpfsEntry[];
  /** The mapping node of this container (null when the list item is not a mapping). */
  node: YamlNode | null;
  /** The defaults of the LinuxKit package the image is (its `org.mobyproject.config` label), if it is one. */
  packageDefaults?: PackageDefaults;
  /** uid, gid and each additionalGids entry, resolved (moby/config.go `IDNumeric`). */
  ids: IdRef[];
}

export type VolumeKind = 'blank' | 'image' | 'oci';

export interface VolumeModel {
  /** `volume:<name>`; later duplicates get `#2`; nameless ones `volume:#<index>`. */
  id: string;
  index: number;
  span: Span;
  name?: string;
  image?: string;
  readonly: boolean;
  format?: string;
  platforms: string[];
  kind: VolumeKind;
  fields: Record<string, Field>;
  node: YamlNode | null;
}

export interface FileModel {
  /** `file:<path>`; later duplicates get `#2`; entries without a path `file:#<index>`. */
  id: string;
  index: number;
  span: Span;
  path?: string;
  fields: Record<string, Field>;
  node: YamlNode | null;
  /** uid and gid, resolved as build.go `filesystem` does. */
  ids: IdRef[];
}

/** The names the config defines, resolved once: every rule, command and view looks names up here. */
export interface NameIndex {
  /** Containers by name (every section), in document order. */
  containers: ReadonlyMap<string, readonly ContainerModel[]>;
  /** Volumes by the name LinuxKit sees (`''` when absent), the first of each name. */
  volumes: ReadonlyMap<string, VolumeModel>;
  /** The numeric id LinuxKit gives each container name (see `idNumbers`). */
  ids: ReadonlyMap<string, number>;
  /** Every mount whose source names a volume, by that name (whether or not a volume has it). */
  mountsOfVolume: ReadonlyMap<string, readonly MountModel[]>;
}

export interface KernelModel {
  span: Span;
  image?: string;
  cmdline?: string;
  fields: Record<string, Field>;
}

/** The typed view of a LinuxKit config. A cache of the text: never edited in place. */
export interface ConfigModel {
  /** Top-level keys as written. */
  sections: Record<string, Field>;
  kernel?: KernelModel;
  init: StringItem[];
  containers: ContainerModel[];
  volumes: VolumeModel[];
  files: FileModel[];
  /** Every mount of every container, in document order. */
  mounts: MountModel[];
  names: NameIndex;
}

export interface ParsedConfig {
  text: string;
  /** The first YAML document, or null when the text holds none or could not be parsed at all. */
  doc: Document.Parsed | null;
  model: ConfigModel;
  /** The first line of a second YAML document with contents, which LinuxKit never reads. */
  extraDocument?: Span;
}
