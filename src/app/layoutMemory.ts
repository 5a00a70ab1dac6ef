import { isCrOnly, lfTwin } from '../core/text/lineBreaks.ts';
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

/**
 * The remembered text the editor now holds (`edited`, in the editor's line breaks) with its layout,
 * taken out of the memory (it is used once: undo, then redo puts the other back). The text comes
 * back byte for byte, line breaks included.
 */
export function recallLayout(memory: readonly LayoutMemory[], edited: string): (LayoutMemory & { rest: LayoutMemory[] }) | null {
  const i = memory.findIndex((m) => holds(edited, m.text));
  if (i < 0) return null;
  return { ...memory[i], rest: memory.filter((_, j) => j !== i) };
}

/** Whether an editor holding `edited` holds `text` (it shows a CR-only text with LF breaks). */
function holds(edited: string, text: string): boolean {
  return edited === text || (edited.length === text.length && isCrOnly(text) && lfTwin(text) === edited);
}
