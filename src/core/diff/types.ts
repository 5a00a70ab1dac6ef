/** The kinds of element a config diff compares. */
export type ElementKind = 'kernel' | 'container' | 'volume' | 'mount' | 'file';

/** A change worth a reviewer's attention first (DESIGN.md, `diff`: meaning first). */
export type NoteKind =
  | 'mount-read-write'
  | 'volume-writable'
  | 'capabilities-gained'
  | 'host-bind-added'
  | 'container-added'
  | 'container-removed'
  | 'image-changed';

export interface DiffNote {
  kind: NoteKind;
  /** A sentence for a person: what the change means. */
  text: string;
}

export interface FieldChange {
  before?: unknown;
  after?: unknown;
}

export interface ElementChange {
  change: 'added' | 'removed' | 'changed';
  /** The model's stable id: `container:<section>:<name>`, `volume:<name>`, `mount:<section>:<container>:<destination>`, `file:<path>`, `kernel`. */
  id: string;
  kind: ElementKind;
  /** A phrase naming the element for a person: `services container getty`. */
  label: string;
  /** For a mount: the id of its container (the graph draws volume mounts as edges, others inside the container). */
  containerId?: string;
  /** The fields that differ (changed elements; empty for added and removed ones). */
  fields: string[];
  /** Before and after of each field in `fields`. */
  values: Record<string, FieldChange>;
  /** What matters about this change; empty when nothing stands out. */
  notes: DiffNote[];
}

/** What changed between two versions of a config, most important first. */
export interface ConfigDiff {
  changes: ElementChange[];
}
