import type { GraphNode } from './types.ts';

export interface Size {
  width: number;
  height: number;
}

/**
 * The box model the canvas renders nodes with, shared by layout and UI so they agree:
 * a header, then one row per list item under a small label per non-empty list.
 */
export const NODE_METRICS = {
  row: 18,
  label: 18,
  padding: 8,
  container: { width: 260, header: 56 },
  volume: { width: 200, header: 48 },
  kernel: { width: 360, header: 40 },
  /** Capabilities are shown as chips, this many per row. */
  capabilitiesPerRow: 2,
} as const;

const { row, label, padding } = NODE_METRICS;

/** Height of a labelled list of `rows` rows; nothing when empty. */
function listHeight(rows: number): number {
  return rows > 0 ? label + rows * row : 0;
}

export function estimateNodeSize(node: GraphNode): Size {
  switch (node.type) {
    case 'container': {
      const d = node.data;
      const caps = d.capabilities.length + d.capabilitiesAdd.length;
      const flags = d.net !== null || d.pid !== null || d.readonlyRoot ? row : 0;
      const defaults = d.packageDefaults !== null ? row : 0;
      const height =
        NODE_METRICS.container.header +
        flags +
        defaults +
        listHeight(Math.ceil(caps / NODE_METRICS.capabilitiesPerRow)) +
        listHeight(d.inlineMounts.length) +
        listHeight(d.tmpfs.length) +
        padding;
      return { width: NODE_METRICS.container.width, height };
    }
    case 'volume': {
      const d = node.data;
      const height =
        NODE_METRICS.volume.header + (d.image !== null ? row : 0) + (d.platforms.length > 0 ? row : 0) + padding;
      return { width: NODE_METRICS.volume.width, height };
    }
    case 'kernel': {
      const d = node.data;
      const height =
        NODE_METRICS.kernel.header + (d.cmdline !== null ? row : 0) + listHeight(d.init.length) + padding;
      return { width: NODE_METRICS.kernel.width, height };
    }
  }
}
