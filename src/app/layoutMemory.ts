import type { Positions } from './positions.ts';

/**
 * The layouts a whole-text replacement left behind, by the text they belong to. Monaco's undo
 * stack brings a replaced text back, but layout is session data beside the text: when the
 * editor reports a text found here, its layout comes back with it (undo of Open, of a shared
 * link, of "Load theirs"; and redo of them). Most recent first.
 */
export interface LayoutMemory {
  text: string;
  positions: Positions;
}

/** Enough for a few undos of Open in a row; each entry holds a whole text. */
export const REMEMBERED_LAYOUTS = 8;

export function rememberLayout(memory: readonly LayoutMemory[], text: string, positions: Positions): LayoutMemory[] {
  return [{ text, positions }, ...memory.filter((m) => m.text !== text)].slice(0, REMEMBERED_LAYOUTS);
}

/** The layout remembered for `text`, taken out of the memory (it is used once: undo, then redo puts the other back). */
export function recallLayout(memory: readonly LayoutMemory[], text: string): { positions: Positions; rest: LayoutMemory[] } | null {
  const i = memory.findIndex((m) => m.text === text);
  if (i < 0) return null;
  return { positions: memory[i].positions, rest: memory.filter((_, j) => j !== i) };
}
