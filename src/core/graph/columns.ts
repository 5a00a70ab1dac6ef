import type { Section } from '../model/types.ts';
import { NODE_METRICS, estimateNodeSize } from './nodeSize.ts';
import { KERNEL_NODE_ID, type Graph } from './types.ts';

/** Spacing of the lane layout, in flow units (React Flow's coordinates at zoom 1). */
export const LAYOUT = {
  margin: 24,
  /** Free space inside a column, left and right of its nodes. */
  columnPadding: 14,
  /** Between columns: room for the mount edges and, beside each container, their labels. */
  columnGap: 170,
  /** Room at the top of a lane for its title. */
  laneHeader: 32,
  /** Vertical space between nodes of one column. */
  rowGap: 18,
  /** Between the services lane and the onshutdown lane below it, and under the kernel header. */
  laneGap: 20,
  /** Lane heights grow in steps, so a small drag does not resize (and repaint) every lane. */
  laneStep: 40,
  /** The smallest lane, so an empty one is still a place to drop on. */
  minLaneHeight: 120,
} as const;

/** A lane of the canvas: one per section, one for the volumes and, below it, one for the files. */
export type ColumnKey = Section | 'volumes' | 'files';

export interface Column {
  key: ColumnKey;
  x: number;
  width: number;
}

/**
 * Three columns, left to right in boot order: onboot steps | the volumes they share (under
 * the kernel header) | services, with onshutdown below them. Every container then faces the
 * volume column, so each mount edge runs only through the gap beside it, never under a node,
 * and enters the container on the side facing its volume.
 */
const COLUMN_SLOT: Record<ColumnKey, number> = { onboot: 0, volumes: 1, files: 1, services: 2, onshutdown: 2 };
// the files lane shares the volumes' column, below them, and exists only with a `files:` section
const LANE_ORDER: readonly ColumnKey[] = ['onboot', 'volumes', 'services', 'onshutdown'];

function slotWidth(slot: number): number {
  const inner = slot === 1 ? Math.max(NODE_METRICS.volume.width, NODE_METRICS.kernel.width, NODE_METRICS.file.width) : NODE_METRICS.container.width;
  return inner + 2 * LAYOUT.columnPadding;
}

function slotX(slot: number): number {
  let x = LAYOUT.margin;
  for (let s = 0; s < slot; s++) x += slotWidth(s) + LAYOUT.columnGap;
  return x;
}

/** The lanes' columns (services and onshutdown share one, volumes and files another); fixed, so lanes do not move while the config changes. */
export function layoutColumns(): Column[] {
  return LANE_ORDER.map((key) => ({ key, x: slotX(COLUMN_SLOT[key]), width: slotWidth(COLUMN_SLOT[key]) }));
}

export function columnOf(key: ColumnKey): Column {
  return { key, x: slotX(COLUMN_SLOT[key]), width: slotWidth(COLUMN_SLOT[key]) };
}

/** The x of a node in a column (left edge, after the padding). */
export function columnNodeX(key: ColumnKey): number {
  return columnOf(key).x + LAYOUT.columnPadding;
}

/** Where the kernel header goes: at the top of the volume column, first in boot order after the firmware. */
export function kernelPosition(): { x: number; y: number } {
  return { x: columnNodeX('volumes'), y: LAYOUT.margin };
}

/** The y where the onboot and services lanes start. */
export function lanesTop(): number {
  return LAYOUT.margin;
}

/** The y where the volume lane starts: below the kernel header when there is one. */
export function volumesLaneTop(graph: Graph): number {
  const kernel = graph.nodes.find((n) => n.id === KERNEL_NODE_ID);
  return kernel ? kernelPosition().y + estimateNodeSize(kernel).height + LAYOUT.laneGap : LAYOUT.margin;
}

/** A lane's height rounded up to the lane step. */
export function steppedHeight(height: number): number {
  return Math.max(LAYOUT.minLaneHeight, Math.ceil(height / LAYOUT.laneStep) * LAYOUT.laneStep);
}
