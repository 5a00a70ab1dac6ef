import { describe, expect, it } from 'vitest';
import { DRAW_CHUNK, nextChunk } from './useProgressiveElements.ts';

describe('the size of the next chunk of new nodes', () => {
  it('keeps the first size while the cost of a chunk is not known', () => {
    expect(nextChunk(DRAW_CHUNK, null)).toBe(DRAW_CHUNK);
  });

  it('grows a cheap chunk, at most doubling it, and never past 400', () => {
    expect(nextChunk(25, 20)).toBe(50);
    expect(nextChunk(25, 1)).toBe(50);
    expect(nextChunk(100, 30)).toBe(133);
    expect(nextChunk(300, 1)).toBe(400);
  });

  it('shrinks a costly chunk to the budget, but never below the first size', () => {
    expect(nextChunk(200, 80)).toBe(100);
    expect(nextChunk(50, 400)).toBe(DRAW_CHUNK);
  });
});
