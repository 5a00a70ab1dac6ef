import { describe, expect, it } from 'vitest';
import { spreadInColumn } from './spread.ts';

describe('spreadInColumn', () => {
  it('leaves boxes that fit where they want to be', () => {
    const items = [{ desired: 0, height: 10 }, { desired: 50, height: 10 }];
    expect(spreadInColumn(items, 5, 0)).toEqual([0, 50]);
  });

  it('centres colliding boxes on their wishes instead of pushing them all down', () => {
    const items = Array.from({ length: 4 }, () => ({ desired: 1000, height: 10 }));
    expect(spreadInColumn(items, 0, 0)).toEqual([985, 995, 1005, 1015]);
  });

  it('pools a chain of collisions and keeps the gap', () => {
    const items = [
      { desired: 100, height: 20 },
      { desired: 110, height: 20 },
      { desired: 300, height: 20 },
    ];
    // the first two share the pushback: mean of 100 and 110 - 30 is 90
    expect(spreadInColumn(items, 10, 0)).toEqual([90, 120, 300]);
  });

  it('never goes above the top', () => {
    const items = [{ desired: -500, height: 10 }, { desired: -500, height: 10 }];
    expect(spreadInColumn(items, 4, 20)).toEqual([20, 34]);
  });
});
