// connect: a new mount of a volume into a container.
import type { YAMLMap } from 'yaml';
import { findPair, setMapValue } from '../edit/mapEdit.ts';
import { insertListItem } from '../edit/seqEdit.ts';
import { mountId } from '../model/mounts.ts';
import type { ContainerModel, MountForm } from '../model/types.ts';
import { edited, findContainer, findVolume, refuse, type CommandContext, type Outcome } from './context.ts';
import { destinationProblem, destinationTaken, mountEntry } from './mountTarget.ts';

/**
 * The form a new mount takes when the command does not say: the list the container
 * already uses (`binds.add` first, then `binds`, then `mounts`); otherwise `binds.add`
 * for a LinuxKit package with default binds (so they are kept) and `binds` for any other image.
 */
export function defaultMountForm(container: ContainerModel): MountForm {
  for (const form of ['binds.add', 'binds', 'mounts'] as const) {
    if (container.fields[form]) return form;
  }
  const defaults = container.packageDefaults?.config.binds;
  return defaults && defaults.length > 0 ? 'binds.add' : 'binds';
}

/** Adds `entry` to the `form` list of a container, creating the key after the last one when missing. */
export function addMountEntry(ctx: CommandContext, container: ContainerModel, form: MountForm, entry: unknown, selectId: string): Outcome {
  const map = container.node as YAMLMap;
  const pair = findPair(map, form);
  const edits = pair ? insertListItem(ctx.text, pair, entry, ctx.style) : setMapValue(ctx.text, map, form, [entry], ctx.style);
  return edited(ctx, edits, selectId, `\`${form}\` of \`${container.id}\` is not a list; fix it in the text editor first.`);
}

/** A read-only volume always gives a read-only mount (`:ro`, or `ro` in the options). */
export function connect(
  ctx: CommandContext,
  cmd: { volumeId: string; containerId: string; destination?: string; readOnly?: boolean; form?: MountForm; volume?: { name: string; readonly: boolean } },
): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  // a volume of another file of the build: the mount names it, the file holds only the mount
  const volume = cmd.volume ? { id: cmd.volumeId, ...cmd.volume } : findVolume(ctx, cmd.volumeId);
  if (typeof volume === 'string') return refuse(volume);
  if (!volume.name) return refuse(`The volume \`${volume.id}\` has no name; name it before mounting it.`);
  if (!container.name) return refuse(`The container \`${container.id}\` has no name; name it before mounting into it.`);
  const form = cmd.form ?? defaultMountForm(container);
  const destination = cmd.destination ?? `/${volume.name}`;
  const problem = destinationProblem(destination, form) ?? destinationTaken(container, destination);
  if (problem) return refuse(problem);
  const readOnly = volume.readonly || cmd.readOnly === true;
  const entry = mountEntry({ source: volume.name, destination, options: readOnly ? ['ro'] : [] }, form);
  return addMountEntry(ctx, container, form, entry, mountId(container.section, container.name, destination));
}
