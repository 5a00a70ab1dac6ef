import { describe, expect, it } from 'vitest';
import { minimapCorner, minimapRect } from './minimapPlacement.ts';

const pane = { width: 800, height: 600 };

describe('minimapCorner', () => {
  it('keeps the bottom right corner while nothing the user works on is under it', () => {
    expect(minimapCorner([], pane)).toBe('bottom-right');
    expect(minimapCorner([{ x: 100, y: 100, width: 200, height: 80 }], pane)).toBe('bottom-right');
  });

  it('moves to the top right when a busy node lies under the bottom right minimap, even in part', () => {
    const bottom = minimapRect('bottom-right', pane);
    expect(bottom).toEqual({ x: 635, y: 485, width: 150, height: 100 });
    expect(minimapCorner([{ x: bottom.x - 190, y: bottom.y + 10, width: 200, height: 60 }], pane)).toBe('top-right');
  });

  it('steps aside when busy nodes lie under both corners', () => {
    const busy = [
      { x: 640, y: 500, width: 100, height: 40 },
      { x: 640, y: 20, width: 100, height: 40 },
    ];
    expect(minimapCorner(busy, pane)).toBeNull();
  });

  it('counts a node that only touches the minimap edge as clear of it', () => {
    const bottom = minimapRect('bottom-right', pane);
    expect(minimapCorner([{ x: bottom.x - 100, y: bottom.y, width: 100, height: 50 }], pane)).toBe('bottom-right');
  });
});
