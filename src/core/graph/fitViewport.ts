import { laneFrames } from './laneFrames.ts';
import { nodeRects, type Positions, type Rect } from './geometry.ts';
import { NODE_METRICS } from './nodeSize.ts';
import type { Graph } from './types.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The smallest on-screen size of a node name that the fitted view allows, in CSS pixels. */
export const MIN_NAME_PX = 11;
/** The zoom at which names are MIN_NAME_PX on screen (plus a little, for rounding). */
export const MIN_LEGIBLE_ZOOM = (MIN_NAME_PX + 0.25) / NODE_METRICS.nameFontSize;

/** The box around every lane and every positioned node: the whole build. */
export function graphBounds(graph: Graph, positions: Positions): Rect | null {
  const rects: Rect[] = [...nodeRects(graph, positions).values(), ...laneFrames(graph, positions)];
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The viewport that shows the whole build as large as fits (never above zoom 1). When the
 * build only fits at a zoom where names would be smaller than MIN_NAME_PX, it keeps that
 * zoom and frames the build's start instead: the top of the stages, from the left (boot
 * order), centred across when the width fits; the minimap reaches the rest.
 */
export function legibleViewport(bounds: Rect, screen: { width: number; height: number }, padding = 16): Viewport {
  const room = { width: Math.max(1, screen.width - 2 * padding), height: Math.max(1, screen.height - 2 * padding) };
  const fit = Math.min(1, room.width / bounds.width, room.height / bounds.height);
  const zoom = Math.max(fit, MIN_LEGIBLE_ZOOM);
  const across = (room.width - bounds.width * zoom) / 2;
  const down = (room.height - bounds.height * zoom) / 2;
  return {
    zoom,
    x: padding + Math.max(0, across) - bounds.x * zoom,
    y: padding + Math.max(0, down) - bounds.y * zoom,
  };
}
