// Adding an item to a top-level list (onboot, services, volumes, ...), creating the section if needed.
import { isMap, isSeq, type Document } from 'yaml';
import type { TextEdit } from '../commands/types.ts';
import type { IndentStyle } from './indentStyle.ts';
import { columnOf, lineStartAt } from './lines.ts';
import { insertLines } from './lineEdits.ts';
import { findPair } from './mapEdit.ts';
import { isEmptyValue, pairBlock, rangeOf } from './nodeBlocks.ts';
import { renderPair } from './render.ts';
import { insertListItem } from './seqEdit.ts';

/** The conventional order of LinuxKit's top-level sections (as in LinuxKit's examples). */
export const SECTION_ORDER = ['kernel', 'init', 'onboot', 'onshutdown', 'services', 'files', 'volumes', 'trust'];

/**
 * Edits that add `value` to the top-level list `section` at `index` (default: the end).
 * A missing section is inserted after the closest preceding section of SECTION_ORDER.
 * Returns null when the document's shape does not allow it (the section is not a list).
 */
export function addToSection(
  text: string,
  doc: Document.Parsed | null,
  section: string,
  value: unknown,
  style: IndentStyle,
  index?: number,
): TextEdit[] | null {
  const root = doc?.contents ?? null;
  if (root === null || (isMap(root) && root.items.length === 0 && !root.flow)) {
    return [insertLines(text, text.length, renderPair(section, [value], 0, style))];
  }
  if (!isMap(root) || root.flow) return null;
  const pair = findPair(root, section);
  if (pair) {
    if (!isEmptyValue(pair.value) && !isSeq(pair.value)) return null;
    return insertListItem(text, pair, value, style, index);
  }
  const rootCol = columnOf(text, rangeOf(root.items[0].key)?.[0] ?? 0);
  const lines = renderPair(section, [value], rootCol, style);
  const order = SECTION_ORDER.indexOf(section);
  for (let i = order - 1; i >= 0; i--) {
    const before = findPair(root, SECTION_ORDER[i]);
    if (before) return [insertLines(text, pairBlock(text, before).end, lines)];
  }
  for (let i = order + 1; i < SECTION_ORDER.length; i++) {
    const after = findPair(root, SECTION_ORDER[i]);
    if (after) return [insertLines(text, lineStartAt(text, rangeOf(after.key)?.[0] ?? 0), lines)];
  }
  const last = root.items[root.items.length - 1];
  return [insertLines(text, pairBlock(text, last).end, lines)];
}
