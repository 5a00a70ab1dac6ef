import { isCrOnly } from '../core/text/lineBreaks.ts';
import { isValidCoordinate, type Positions } from './positions.ts';

/**
 * "Keep layout" export: node positions travel as ONE trailing YAML comment block, which
 * `linuxkit build` ignores. Opening a file that ends with such a block restores the layout
 * and keeps the block out of the editor (the app says so); exporting with the option writes
 * it again. The text before the block is returned byte for byte.
 *
 *   # linuxkit-studio-layout v1
 *   # Node positions for LinuxKit Studio; LinuxKit ignores comments.
 *   # "container:services:web" 120 40
 */
const HEADER = '# linuxkit-studio-layout v1';
const NO_FINAL_NEWLINE = ' no-final-newline';
const NOTE = '# Node positions for LinuxKit Studio; LinuxKit ignores comments.';
const ENTRY = /^# ("(?:[^"\\]|\\.)*") (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?) (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i;

export function appendLayoutComment(text: string, positions: Positions): string {
  const eol = text.includes('\r\n') ? '\r\n' : isCrOnly(text) ? '\r' : '\n';
  const endsWithNewline = text === '' || text.endsWith('\n') || text.endsWith('\r');
  const lines = [HEADER + (endsWithNewline ? '' : NO_FINAL_NEWLINE), NOTE];
  for (const [id, { x, y }] of Object.entries(positions)) {
    if (isValidCoordinate(x) && isValidCoordinate(y)) lines.push(`# ${JSON.stringify(id)} ${x} ${y}`);
  }
  return text + (endsWithNewline ? '' : eol) + lines.join(eol) + eol;
}

export interface SplitLayout {
  /** The config without the block (the whole text when there is no valid block). */
  text: string;
  /** The positions of the block, or null when the text does not end with one. */
  positions: Positions | null;
}

/** Finds a trailing layout block; anything not exactly in the block's format leaves the text untouched. */
export function splitLayoutComment(text: string): SplitLayout {
  const at = findHeader(text);
  if (at < 0) return { text, positions: null };
  const lines = text.slice(at).split(/\r?\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  const [header, ...rest] = lines;
  if (header !== HEADER && header !== HEADER + NO_FINAL_NEWLINE) return { text, positions: null };
  const positions: Positions = {};
  for (const line of rest) {
    if (line === NOTE) continue;
    const m = ENTRY.exec(line);
    if (!m) return { text, positions: null };
    const id = parseId(m[1]);
    if (id === null) return { text, positions: null };
    const [x, y] = [Number(m[2]), Number(m[3])];
    // a node placed out of sight is worse than one placed anew: drop the entry, keep the others
    if (isValidCoordinate(x) && isValidCoordinate(y)) positions[id] = { x, y };
  }
  let config = text.slice(0, at);
  if (header.endsWith(NO_FINAL_NEWLINE)) config = config.replace(/\r?\n$|\r$/, '');
  return { text: config, positions };
}

function findHeader(text: string): number {
  if (text.startsWith(HEADER)) return 0;
  // after an LF (or CRLF), or a CR in a CR-only file
  const i = Math.max(text.lastIndexOf('\n' + HEADER), text.lastIndexOf('\r' + HEADER));
  return i < 0 ? -1 : i + 1;
}

function parseId(quoted: string): string | null {
  try {
    const id: unknown = JSON.parse(quoted);
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
