// removeContainer / removeVolume / moveContainer: whole list items, with their comments.
import { isMap, type Pair, type YAMLMap } from 'yaml';
import { findPair } from '../edit/mapEdit.ts';
import { moveListItem, removeListItem } from '../edit/seqEdit.ts';
import { continueWith, edited, findContainer, findVolume, refuse, type CommandContext, type Outcome } from './context.ts';
import { removeMount } from './mountSetters.ts';

function sectionPair(ctx: CommandContext, section: string): { root: YAMLMap; pair: Pair } | null {
  const root = ctx.doc?.contents;
  if (!isMap(root)) return null;
  const pair = findPair(root, section);
  return pair ? { root, pair } : null;
}

/**
 * Removes a container's list item. References to its name (`uid: name`) stay: they then
 * show as `unknown-id` problems for the user to resolve.
 */
export function removeContainer(ctx: CommandContext, cmd: { containerId: string }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const at = sectionPair(ctx, container.section);
  return edited(ctx, at && removeListItem(ctx.text, at.root, at.pair, container.index));
}

/**
 * Removes a volume AND every mount of it: a mount of a volume that no longer exists is an
 * error LinuxKit rejects, and on the graph the edges go with their node. When another
 * volume has the same name, the mounts stay (they still name a volume).
 */
export function removeVolume(ctx: CommandContext, cmd: { volumeId: string }): Outcome {
  const volume = findVolume(ctx, cmd.volumeId);
  if (typeof volume === 'string') return refuse(volume);
  const name = volume.name;
  const shared = ctx.model.volumes.some((v) => v !== volume && v.name === name);
  let outcome: Outcome = { ok: true, text: ctx.text };
  const count = shared || name === undefined ? 0 : ctx.model.mounts.filter((m) => m.volume === name && m.sourceKind === 'volume').length;
  // one mount at a time: each removal can reshape the list the next one lives in
  for (let i = 0; i < count; i++) {
    outcome = continueWith(outcome, (next) => {
      const mount = next.model.mounts.find((m) => m.volume === name && m.sourceKind === 'volume');
      return mount ? removeMount(next, { mountId: mount.id }) : { ok: true, text: next.text };
    });
  }
  return continueWith(outcome, (next) => {
    const again = next.model.volumes.find((v) => v.index === volume.index);
    const at = sectionPair(next, 'volumes');
    if (!again || !at) return refuse(`The volume \`${volume.id}\` could not be found after removing its mounts.`);
    return edited(next, removeListItem(next.text, at.root, at.pair, again.index));
  });
}

/** Moves a container to `toIndex` of its section (the onboot/onshutdown run order). */
export function moveContainer(ctx: CommandContext, cmd: { containerId: string; toIndex: number }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const count = ctx.model.containers.filter((c) => c.section === container.section).length;
  const to = Math.max(0, Math.min(Math.trunc(cmd.toIndex), count - 1));
  if (to === container.index) return { ok: true, text: ctx.text, selectId: container.id };
  const at = sectionPair(ctx, container.section);
  const edits = at && moveListItem(ctx.text, at.pair, container.index, to);
  return edited(ctx, edits, container.id, `\`${container.section}:\` is written in flow style (\`[...]\`); reorder it in the text editor.`);
}
