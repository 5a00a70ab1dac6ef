// removeContainer / removeVolume / moveContainer: whole list items, with their comments.
import { isMap, type Pair, type YAMLMap } from 'yaml';
import { findPair } from '../edit/mapEdit.ts';
import { moveListItem, removeListItem } from '../edit/seqEdit.ts';
import { dockerVolumeUsers } from '../model/dockerVolumes.ts';
import type { MountModel } from '../model/types.ts';
import { continueWith, edited, findContainer, findVolume, refuse, type CommandContext, type Outcome } from './context.ts';
import { removeMount } from './mountSetters.ts';
import type { TextEdit } from './types.ts';

/** The list a mount is an entry of: one container's binds, binds.add or mounts. */
const listOf = (m: MountModel) => `${m.containerId}\n${m.form}`;

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
export function removeVolume(ctx: CommandContext, cmd: { volumeId: string; keepMounts?: boolean }): Outcome {
  const volume = findVolume(ctx, cmd.volumeId);
  if (typeof volume === 'string') return refuse(volume);
  const name = volume.name;
  const shared = ctx.model.volumes.some((v) => v !== volume && v.name === name);
  // converting that list later would add a blank volume in its place: its image and settings would be lost unseen
  const docker = name === undefined || shared || cmd.keepMounts ? [] : dockerVolumeUsers(ctx.model, name);
  if (docker.length > 0) {
    const who = docker.map((c) => `\`${c.name ?? c.id}\``).join(', ');
    return refuse(
      `Volume \`${name}\` is still named in the Docker-style \`volumes:\` of ${who}; turn that list into \`binds\` (its quick fix) or remove the entry first.`,
    );
  }
  const ofVolume = (c: CommandContext) =>
    shared || name === undefined || cmd.keepMounts ? [] : (c.model.names.mountsOfVolume.get(name) ?? []).filter((m) => m.sourceKind === 'volume');
  // One mount per list and round: removing one can reshape its list (the last entry takes the
  // key with it), so a list's next mount waits for the text to be parsed again; mounts in other
  // lists are independent, and each round re-parses only once (the whole text, so rounds are dear).
  const perList = new Map<string, number>();
  for (const m of ofVolume(ctx)) perList.set(listOf(m), (perList.get(listOf(m)) ?? 0) + 1);
  const rounds = Math.max(0, ...perList.values());
  // a step on the unchanged text uses the analysis at hand instead of parsing the text again
  const then = (o: Outcome, step: (next: CommandContext) => Outcome) => (o.ok && o.text === ctx.text ? step(ctx) : continueWith(o, step));
  let outcome: Outcome = { ok: true, text: ctx.text };
  for (let round = 0; round < rounds; round++) {
    outcome = then(outcome, (next) => {
      const firsts = new Map<string, MountModel>();
      for (const m of ofVolume(next)) if (!firsts.has(listOf(m))) firsts.set(listOf(m), m);
      const edits: TextEdit[] = [];
      for (const m of firsts.values()) {
        const removed = removeMount(next, { mountId: m.id });
        if (!removed.ok) return removed;
        if (!removed.edits) return refuse(`The mount \`${m.id}\` could not be removed in one edit; remove it in the text editor.`);
        edits.push(...removed.edits);
      }
      return edits.length > 0 ? edited(next, edits) : { ok: true, text: next.text };
    });
  }
  return then(outcome, (next) => {
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
