// The layout API for the app: auto-layout, incremental placement, and the node size model
// shared with the canvas. Positions are top-left corners in flow units, keyed by node id.
export { autoLayout } from './autoLayout.ts';
export { LAYOUT, layoutColumns, lanesTop, type Column, type ColumnKey } from './columns.ts';
export { findOverlaps, nodeRects, rectsOverlap, type Positions, type Rect, type XY } from './geometry.ts';
export { laneFrames, type LaneFrame } from './laneFrames.ts';
export { NODE_METRICS, PORTS, estimateNodeSize, type Size } from './nodeSize.ts';
export { EDGE_LABEL, mountPorts, type MountPort, type Side } from './ports.ts';
export { mergeLayout, nearestFreeSpot, placeNewNode } from './placeNode.ts';
