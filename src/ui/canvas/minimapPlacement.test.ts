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

  it('of the corners clear of busy nodes, takes the one that hides less of the other nodes', () => {
    const others = [{ x: 600, y: 480, width: 180, height: 60 }];
    expect(minimapCorner([], pane, others)).toBe('top-right');
    // a tie (nothing hidden either way) keeps the bottom right
    expect(minimapCorner([], pane, [{ x: 10, y: 10, width: 50, height: 50 }])).toBe('bottom-right');
    // more hidden at the top: bottom right
    expect(minimapCorner([], pane, [...others, { x: 620, y: 10, width: 170, height: 110 }])).toBe('bottom-right');
  });

  it('never trades a busy node for less hidden canvas', () => {
    const busyTop = [{ x: 640, y: 20, width: 100, height: 40 }];
    expect(minimapCorner(busyTop, pane, [{ x: 600, y: 480, width: 180, height: 60 }])).toBe('bottom-right');
  });

  it('stays where it is while that corner hides nothing, so panning does not make it jump', () => {
    const atTop = [{ x: 620, y: 10, width: 170, height: 110 }];
    expect(minimapCorner([], pane, [], 'top-right')).toBe('top-right');
    expect(minimapCorner([], pane, atTop, 'top-right')).toBe('bottom-right');
    // both corners hide something: it stays unless the other hides less
    const atBottom = [{ x: 600, y: 480, width: 180, height: 60 }];
    expect(minimapCorner([], pane, [...atTop, ...atBottom], 'bottom-right')).toBe('bottom-right');
    expect(minimapCorner([], pane, [{ x: 700, y: 500, width: 40, height: 20 }, ...atTop], 'top-right')).toBe('bottom-right');
  });

  it('when nobody asked for it, takes only a corner that hides no node at all', () => {
    const atBottom = [{ x: 600, y: 480, width: 180, height: 60 }];
    const atTop = [{ x: 620, y: 10, width: 170, height: 110 }];
    expect(minimapCorner([], pane, atBottom, null, { mayHide: false })).toBe('top-right');
    expect(minimapCorner([], pane, [...atBottom, ...atTop], null, { mayHide: false })).toBeNull();
    expect(minimapCorner([], pane, [...atBottom, ...atTop], null)).toBe('bottom-right');
  });
});
