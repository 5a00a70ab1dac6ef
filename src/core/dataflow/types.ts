import type { Section } from '../model/types.ts';
import type { Origin } from '../runtime/types.ts';
import type { Span } from '../text/span.ts';

/** `onboot:1`, `onboot:2`, …, `services`, `onshutdown:1`, … (DESIGN.md's `data-stage`). */
export type StageId = string;

export type TargetKind = 'volume' | 'host';

/** What data is shared through: a volume of `volumes:`, or a host path several containers bind. */
export interface FlowTarget {
  /** The volume's name, or the host path. */
  name: string;
  kind: TargetKind;
  /** For volumes: blank ones start empty on every boot. */
  blank?: boolean;
}

/** One container's mount of a target: a read-only mount reads, a read-write one may write. */
export interface FlowAccess {
  stage: StageId;
  containerId: string;
  containerName: string;
  target: string;
  kind: TargetKind;
  access: 'read' | 'write';
  destination: string;
  origin: Origin;
  /** The model's mount, when the config file wrote it (image defaults have none). */
  mountId?: string;
  span?: Span;
}

export interface FlowStage {
  id: StageId;
  section: Section;
  /** The containers of the stage: one for onboot and onshutdown steps, every service together. */
  containers: { id: string; name: string }[];
  accesses: FlowAccess[];
}

export type FindingKind = 'read-before-write' | 'never-written' | 'concurrent-writers' | 'hidden-path';

export interface FlowFinding {
  kind: FindingKind;
  message: string;
  stage: StageId;
  target?: string;
  containerIds: string[];
  /** The mount the finding is about, when the config wrote it. */
  mountId?: string;
  destination?: string;
  /** The config text of that mount. */
  span?: Span;
}

export interface DataFlow {
  stages: FlowStage[];
  targets: FlowTarget[];
  findings: FlowFinding[];
}
