/** A box in a column that wants its top at `desired`. */
export interface SpreadItem {
  desired: number;
  height: number;
}

/**
 * Tops for boxes kept in the given order with at least `gap` between them and none above
 * `minTop`, as close as possible to where each wants to be (least squares: adjacent boxes
 * that collide are pooled into a block centred on their wishes, pool-adjacent-violators style).
 */
export function spreadInColumn(items: readonly SpreadItem[], gap: number, minTop: number): number[] {
  interface Block {
    first: number;
    count: number;
    /** Sum over members of (desired top - offset inside the block). */
    sum: number;
    height: number;
    top: number;
  }
  const blocks: Block[] = [];
  items.forEach((item, i) => {
    let block: Block = { first: i, count: 1, sum: item.desired, height: item.height, top: item.desired };
    for (;;) {
      const prev = blocks[blocks.length - 1];
      if (!prev || prev.top + prev.height + gap <= block.top) break;
      blocks.pop();
      const offset = prev.height + gap;
      // every member of `block` moves down by `offset` inside the merged block
      const sum = prev.sum + block.sum - block.count * offset;
      const count = prev.count + block.count;
      block = { first: prev.first, count, sum, height: offset + block.height, top: sum / count };
    }
    blocks.push(block);
  });

  const tops: number[] = new Array<number>(items.length);
  let floor = minTop;
  for (const block of blocks) {
    // the forward pass enforces minTop and absorbs rounding
    let y = Math.ceil(Math.max(block.top, floor));
    for (let i = block.first; i < block.first + block.count; i++) {
      tops[i] = y;
      y += items[i].height + gap;
    }
    floor = y;
  }
  return tops;
}
