import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { Span } from '../text/span.ts';

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
  /** The mapping node of this container (null when the list item is not a mapping). */
  node: YamlNode | null;
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
  index: number;
  span: Span;
  path?: string;
  fields: Record<string, Field>;
  node: YamlNode | null;
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
}

export interface ParsedConfig {
  text: string;
  /** The first YAML document, or null when the text holds none or could not be parsed at all. */
  doc: Document.Parsed | null;
  model: ConfigModel;
}
