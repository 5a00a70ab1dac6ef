import type { Section } from '../model/types.ts';
import { NODE_METRICS, estimateNodeSize } from './nodeSize.ts';
import { KERNEL_NODE_ID, type Graph } from './types.ts';

/** Spacing of the lane layout, in flow units (React Flow's coordinates at zoom 1). */
export const LAYOUT = {
  margin: 40,
  /** Free space inside a column, left and right of its nodes. */
  columnPadding: 20,
  columnGap: 110,
  /** Room at the top of a lane for its title. */
  laneHeader: 36,
  /** Vertical space between nodes of one column. */
  rowGap: 24,
  /** Space between the kernel header and the lanes. */
  headerGap: 32,
} as const;

export type ColumnKey = Section | 'volumes';

export interface Column {
  key: ColumnKey;
  x: number;
  width: number;
}

/** Volumes sit between onboot and services: both mount them most often, so edges stay short. */
const COLUMN_ORDER: readonly ColumnKey[] = ['onboot', 'volumes', 'services', 'onshutdown'];

/** The columns left to right; fixed, so lanes do not move while the config changes. */
export function layoutColumns(): Column[] {
  let x = LAYOUT.margin;
  return COLUMN_ORDER.map((key) => {
    const inner = key === 'volumes' ? NODE_METRICS.volume.width : NODE_METRICS.container.width;
    const width = inner + 2 * LAYOUT.columnPadding;
    const column = { key, x, width };
    x += width + LAYOUT.columnGap;
    return column;
  });
}

export function columnOf(key: ColumnKey): Column {
  const column = layoutColumns().find((c) => c.key === key);
  return column ?? { key, x: LAYOUT.margin, width: 0 };
}

/** Where the kernel header goes: top-left. */
export function kernelPosition(): { x: number; y: number } {
  return { x: LAYOUT.margin + LAYOUT.columnPadding, y: LAYOUT.margin };
}

/** The y where lane titles start: below the kernel header when there is one. */
export function lanesTop(graph: Graph): number {
  const kernel = graph.nodes.find((n) => n.id === KERNEL_NODE_ID);
  return kernel ? kernelPosition().y + estimateNodeSize(kernel).height + LAYOUT.headerGap : LAYOUT.margin;
}

/** The y of the first node in a column. */
export function columnContentTop(graph: Graph): number {
  return lanesTop(graph) + LAYOUT.laneHeader;
}
