// Edits addressed by a path from the document root, for fixes outside containers and volumes (files, nested keys).
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { findPair, removeMapPair } from '../edit/mapEdit.ts';
import { removeListItem } from '../edit/seqEdit.ts';
import { rangeOf } from '../edit/nodeBlocks.ts';
import { replaceScalar } from '../edit/scalarEdit.ts';
import { nodeAtPath } from '../fixes/nodePath.ts';
import { edited, refuse, type CommandContext, type Outcome } from './context.ts';

function label(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** Rewrites the scalar at `path` as `value` in its own quote style; refused unless its value is still `source`. */
export function setScalarAt(ctx: CommandContext, cmd: { path: (string | number)[]; source: string; value: string }): Outcome {
  const node = nodeAtPath(ctx.doc?.contents, cmd.path);
  const r = rangeOf(node);
  if (!isScalar(node) || !r || node.value !== cmd.source) {
    return refuse(`\`${label(cmd.path)}\` is no longer \`${cmd.source}\`; it may have been edited in the text.`);
  }
  const edit = replaceScalar(node, cmd.value);
  return edited(ctx, edit ? [edit] : null);
}

/** Removes the key at the end of `path` (with its value) from its mapping. */
export function removeKeyAt(ctx: CommandContext, cmd: { path: (string | number)[] }): Outcome {
  const key = cmd.path[cmd.path.length - 1];
  const map = nodeAtPath(ctx.doc?.contents, cmd.path.slice(0, -1));
  const pair = typeof key === 'string' && isMap(map) ? findPair(map as YAMLMap, key) : undefined;
  if (!pair) return refuse(`\`${label(cmd.path)}\` is no longer in the text.`);
  return edited(ctx, removeMapPair(ctx.text, map as YAMLMap, pair));
}

/** Removes the list entry at the end of `path` (`[..., key, index]`): the last entry takes its key along. */
export function removeListEntryAt(ctx: CommandContext, cmd: { path: (string | number)[] }): Outcome {
  const index = cmd.path[cmd.path.length - 1];
  const key = cmd.path[cmd.path.length - 2];
  const map = nodeAtPath(ctx.doc?.contents, cmd.path.slice(0, -2));
  const pair = typeof key === 'string' && isMap(map) ? findPair(map as YAMLMap, key) : undefined;
  if (typeof index !== 'number' || !pair || !isSeq(pair.value) || index >= pair.value.items.length) {
    return refuse(`\`${label(cmd.path)}\` is no longer in the text.`);
  }
  return edited(ctx, removeListItem(ctx.text, map as YAMLMap, pair, index));
}
