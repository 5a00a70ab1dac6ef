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
  container: { width: 220, header: 50 },
  volume: { width: 200, header: 50 },
  kernel: { width: 200, header: 50 },
  file: { width: 200, header: 50 },
  /** Capabilities are shown as chips, this many per row. */
  capabilitiesPerRow: 2,
  /** Font size of node names: the canvas never fits zoomed out so far that they fall below 11 px. */
  nameFontSize: 16,
} as const;

/**
 * Where mount edges end on a container's side: one port per volume mount (then per file bind), from the header's
 * middle down, far enough apart that the labels beside them (one per port) never touch.
 */
export const PORTS = { top: 25, pitch: 24 } as const;

const { row, label, padding } = NODE_METRICS;

/** How tall a container must be for `count` ports (one per volume mount and file bind); 0 without any. */
export function portsHeight(count: number): number {
  return count > 0 ? 2 * PORTS.top + (count - 1) * PORTS.pitch : 0;
}

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
      const content =
        NODE_METRICS.container.header +
        flags +
        defaults +
        listHeight(Math.ceil(caps / NODE_METRICS.capabilitiesPerRow)) +
        listHeight(d.inlineMounts.length) +
        listHeight(d.tmpfs.length) +
        padding;
      const ports = portsHeight(d.volumeMounts + d.fileBinds);
      return { width: NODE_METRICS.container.width, height: Math.max(content, ports) };
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
    case 'file':
      // header (name, folder), then kind and mode, then the source, link target or metadata format
      return { width: NODE_METRICS.file.width, height: NODE_METRICS.file.header + row + (node.data.detail !== null ? row : 0) + padding };
  }
}
