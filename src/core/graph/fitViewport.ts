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

/** Screen space the fitted graph keeps free at each edge (for the canvas's own controls). */
export interface Insets {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const EVEN: Insets = { left: 16, right: 16, top: 16, bottom: 16 };

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
export function legibleViewport(bounds: Rect, screen: { width: number; height: number }, insets: Insets = EVEN): Viewport {
  const room = {
    width: Math.max(1, screen.width - insets.left - insets.right),
    height: Math.max(1, screen.height - insets.top - insets.bottom),
  };
  const fit = Math.min(1, room.width / bounds.width, room.height / bounds.height);
  const zoom = Math.max(fit, MIN_LEGIBLE_ZOOM);
  const across = (room.width - bounds.width * zoom) / 2;
  const down = (room.height - bounds.height * zoom) / 2;
  return {
    zoom,
    x: insets.left + Math.max(0, across) - bounds.x * zoom,
    y: insets.top + Math.max(0, down) - bounds.y * zoom,
  };
}

/** Whether the whole box is on screen at the viewport. */
export function inView(bounds: Rect, view: Viewport, screen: { width: number; height: number }): boolean {
  const x = bounds.x * view.zoom + view.x;
  const y = bounds.y * view.zoom + view.y;
  return x >= -1 && y >= -1 && x + bounds.width * view.zoom <= screen.width + 1 && y + bounds.height * view.zoom <= screen.height + 1;
}
