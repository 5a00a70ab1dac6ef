import { describe, expect, it } from 'vitest';
import { MIN_LEGIBLE_ZOOM, MIN_NAME_PX, inView, legibleViewport } from './fitViewport.ts';
import { NODE_METRICS } from './nodeSize.ts';

const screen = { width: 800, height: 600 };
const insets = { left: 16, right: 16, top: 16, bottom: 16 };

describe('legibleViewport', () => {
  it('shows a small build whole, centred, never above zoom 1', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 300 };
    const v = legibleViewport(bounds, screen, insets);
    expect(v.zoom).toBe(1);
    expect(inView(bounds, v, screen)).toBe(true);
    expect(v.x).toBe(200);
  });

  it('zooms out to fit a larger build while names stay legible', () => {
    const bounds = { x: 24, y: 24, width: 1000, height: 700 };
    const v = legibleViewport(bounds, screen, insets);
    expect(v.zoom).toBeLessThan(1);
    expect(v.zoom * NODE_METRICS.nameFontSize).toBeGreaterThanOrEqual(MIN_NAME_PX);
    expect(inView(bounds, v, screen)).toBe(true);
  });

  it('never zooms below legible text: a build too large shows its start, top-left', () => {
    const bounds = { x: 24, y: 24, width: 4000, height: 3000 };
    const v = legibleViewport(bounds, screen, insets);
    expect(v.zoom).toBe(MIN_LEGIBLE_ZOOM);
    expect(v.zoom * NODE_METRICS.nameFontSize).toBeGreaterThanOrEqual(MIN_NAME_PX);
    expect(inView(bounds, v, screen)).toBe(false);
    // the build's top-left corner sits at the insets
    expect(bounds.x * v.zoom + v.x).toBeCloseTo(insets.left);
    expect(bounds.y * v.zoom + v.y).toBeCloseTo(insets.top);
  });

  it('keeps the insets free', () => {
    const bounds = { x: 0, y: 0, width: 700, height: 500 };
    const v = legibleViewport(bounds, screen, { left: 56, right: 16, top: 16, bottom: 16 });
    expect(bounds.x * v.zoom + v.x).toBeGreaterThanOrEqual(56);
  });
});
