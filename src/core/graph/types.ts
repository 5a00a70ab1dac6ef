// Framework-free graph of a config. The UI maps nodes and edges 1:1 to React Flow's
// `{ id, type, data }` (+ `source`/`target` for edges); positions come from layout.ts.
import type { DiagnosticCode, Severity } from '../diagnostics/codes.ts';
import type { MountForm, Section, VolumeKind } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import type { PackageDefaults } from '../packages/packageDefaults.ts';
import type { Origin } from '../runtime/types.ts';

/** What a badge or tooltip shows of a diagnostic. */
export interface ElementDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** A bind or mount whose source is not a volume of the config: shown inside the container node. */
export interface InlineMount {
  /** The mount id of the model (`mount:<section>:<container>:<destination>`). */
  mountId: string;
  form: MountForm;
  /** Host path, special type (proc, tmpfs, ...) or, when `dangling`, the missing volume's name. */
  source: string;
  type: string;
  destination: string;
  readOnly: boolean;
  options: string[];
  /** The source names a volume that `volumes:` does not define (no edge is drawn for it). */
  dangling: boolean;
}

export interface ImageRef {
  /** As written in the config. */
  full: string;
  /** Long hex tags and digests cut to 12 characters, for display. */
  short: string;
}

export interface ContainerNodeData {
  section: Section;
  /** Position in the section list (0-based). */
  index: number;
  /** 1-based run order for onboot/onshutdown; null for services (they start together). */
  order: number | null;
  /** The name as written ('' when missing). */
  name: string;
  image: ImageRef | null;
  /** Host-path binds, special mounts and binds to undefined volumes. Volume mounts are edges. */
  inlineMounts: InlineMount[];
  /** How many mount edges end at this container (each gets its own port on the node's side). */
  volumeMounts: number;
  /** How many file-bind edges end at this container (ports after the mounts' ones). */
  fileBinds: number;
  tmpfs: string[];
  capabilities: string[];
  capabilitiesAdd: string[];
  net: string | null;
  pid: string | null;
  readonlyRoot: boolean;
  /** Diagnostics whose target is this container or one of its mounts, or whose span lies inside it. */
  diagnostics: ElementDiagnostic[];
  counts: DiagnosticCounts;
  /** The image's defaults when it is a known LinuxKit package. */
  packageDefaults: PackageDefaults | null;
  /** The container sets `binds:`, which drops the package's default binds. */
  bindsReplaceDefaults: boolean;
}

export interface VolumeNodeData {
  /** The name as written ('' when missing). */
  name: string;
  kind: VolumeKind;
  image: ImageRef | null;
  platforms: string[];
  readonly: boolean;
  format: string | null;
  /** How many mount edges end at this volume. */
  mountCount: number;
  diagnostics: ElementDiagnostic[];
  counts: DiagnosticCounts;
}

export interface KernelNodeData {
  image: ImageRef | null;
  cmdline: string | null;
  init: ImageRef[];
  diagnostics: ElementDiagnostic[];
  counts: DiagnosticCounts;
}

/** What a `files:` entry writes, in the order build.go `filesystem` decides it; null: nothing (an error). */
export type FileKind = 'directory' | 'symlink' | 'contents' | 'source' | 'metadata';

/** A container that sees a file through a host bind of its path or of a folder above it. */
export interface FileReader {
  containerId: string;
  containerName: string;
  /** Where the file appears inside the container. */
  destination: string;
  readOnly: boolean;
}

export interface FileNodeData {
  /** The path as written ('' when missing). */
  path: string;
  /** The path in the root filesystem (`/etc/motd` for `etc/motd`); '' when missing. */
  hostPath: string;
  kind: FileKind | null;
  /** The mode as written, else LinuxKit's default (0600, 0700 for a directory). */
  mode: string;
  modeDefault: boolean;
  /** The source file, the symlink's target or the metadata format; null for contents and directories. */
  detail: string | null;
  optional: boolean;
  readers: FileReader[];
  diagnostics: ElementDiagnostic[];
  counts: DiagnosticCounts;
}

export type ContainerNode = { id: string; type: 'container'; data: ContainerNodeData; file?: string };
export type VolumeNode = { id: string; type: 'volume'; data: VolumeNodeData; file?: string };
/** The compact header of the config (kernel + init); id `kernel`. */
export type KernelNode = { id: string; type: 'kernel'; data: KernelNodeData; file?: string };
/** One `files:` entry; id is the model's file id (`file:<path>`). */
export type FileNode = { id: string; type: 'file'; data: FileNodeData; file?: string };
// `file`: in a build of several files, the file that holds the element's text (merge/projectBuild.ts)
export type GraphNode = ContainerNode | VolumeNode | KernelNode | FileNode;
export type GraphNodeType = GraphNode['type'];

export interface MountEdgeData {
  destination: string;
  readOnly: boolean;
  form: MountForm;
  options: string[];
  diagnostics: ElementDiagnostic[];
  counts: DiagnosticCounts;
}

/** volume → container; id is the model's mount id. */
export type MountEdge = { id: string; type: 'mount'; source: string; target: string; data: MountEdgeData; file?: string };
/** Between consecutive onboot (or onshutdown) containers; id `seq:<section>:<i>-<i+1>`. */
export type SequenceEdge = {
  id: string;
  type: 'sequence';
  source: string;
  target: string;
  data: { section: Section };
};
/**
 * file → container: the container binds the file's host path or a folder above it, so it reads
 * what the build wrote there. Id `file-bind:<file id>><container id>`; one per pair, through the
 * innermost bind.
 */
export type FileBindEdge = {
  id: string;
  type: 'file-bind';
  file?: string;
  source: string;
  target: string;
  data: {
    /** The bind's host path (the file's path or a folder above it). */
    bindSource: string;
    /** Where the file appears inside the container. */
    destination: string;
    readOnly: boolean;
    /** Who wrote the bind: the config file or the image's label. */
    origin: Origin;
  };
};
export type GraphEdge = MountEdge | SequenceEdge | FileBindEdge;

/** A section's column: its containers' ids in list order. */
export interface Lane {
  section: Section;
  containerIds: string[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Always the three sections, in order onboot, services, onshutdown. */
  lanes: Lane[];
}

export const KERNEL_NODE_ID = 'kernel';

export function fileBindEdgeId(fileId: string, containerId: string): string {
  return `file-bind:${fileId}>${containerId}`;
}

export function sequenceEdgeId(section: Section, from: number, to: number): string {
  return `seq:${section}:${from}-${to}`;
}
