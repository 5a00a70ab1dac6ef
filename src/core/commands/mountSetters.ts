// setMountDestination / setMountReadOnly / setMountOptions / setMountForm / removeMount:
// a bind string is rewritten in place (keeping its quotes), a mounts entry key by key.
import { isScalar, isSeq, type YAMLMap } from 'yaml';
import { findPair, setMapValue } from '../edit/mapEdit.ts';
import { styleOfScalarType } from '../edit/yamlScalar.ts';
import { FlowList } from '../edit/render.ts';
import { removeListItem } from '../edit/seqEdit.ts';
import { replaceScalar } from '../edit/scalarEdit.ts';
import { bindOf, withBindOptions, withBindPart } from '../model/bindParts.ts';
import { mountId, optionsReadOnly } from '../model/mounts.ts';
import type { MountForm } from '../model/types.ts';
import type { TextEdit } from './types.ts';
import { continueWith, edited, findContainer, refuse, type CommandContext, type Outcome } from './context.ts';
import { addMountEntry } from './connect.ts';
import { destinationProblem, destinationTaken, locateMount, mountEntry, mountEntryMap, type MountTarget } from './mountTarget.ts';

function unchanged(ctx: CommandContext, selectId: string): Outcome {
  return { ok: true, text: ctx.text, selectId };
}

/** Replaces a bind string with `value`, in the quote style it was written in. */
export function rewriteBind(target: MountTarget, value: string): TextEdit[] {
  const seq = target.pair.value;
  const edit = replaceScalar(target.item, value, isSeq(seq) && seq.flow ? 'flow' : 'block');
  return edit ? [edit] : [];
}

function idOf(target: MountTarget, destination: string): string {
  return mountId(target.mount.section, target.mount.containerName, destination);
}

export function setMountDestination(ctx: CommandContext, cmd: { mountId: string; destination: string }): Outcome {
  const target = locateMount(ctx, cmd.mountId);
  if (typeof target === 'string') return refuse(target);
  const { mount, container } = target;
  if (mount.destination === cmd.destination) return unchanged(ctx, mount.id);
  const problem = destinationProblem(cmd.destination, mount.form) ?? destinationTaken(container, cmd.destination, mount);
  if (problem) return refuse(problem);
  const selectId = idOf(target, cmd.destination);
  if (mount.form === 'mounts') {
    const map = mountEntryMap(target);
    return edited(ctx, map && setMapValue(ctx.text, map, 'destination', cmd.destination, ctx.style), selectId);
  }
  return edited(ctx, rewriteBind(target, withBindPart(bindOf(mount), 1, cmd.destination)), selectId);
}

/** Writes `options` into the mount: the third part of a bind string, or the `options:` list. */
function writeOptions(ctx: CommandContext, target: MountTarget, options: string[]): Outcome {
  const { mount } = target;
  if (mount.form === 'mounts') {
    const map = mountEntryMap(target);
    return edited(ctx, map && writeEntryOptions(ctx, map, options), mount.id);
  }
  if (options.some((o) => o.includes(':'))) return refuse('Bind options cannot contain `:`.');
  return edited(ctx, rewriteBind(target, withBindOptions(bindOf(mount), options)), mount.id);
}

/** Rewrites only the option items that change, in their own quotes; a new list follows the first item's quotes. */
function writeEntryOptions(ctx: CommandContext, map: YAMLMap, options: string[]): TextEdit[] {
  const seq = findPair(map, 'options')?.value;
  if (isSeq(seq) && seq.items.length === options.length && seq.items.every((i) => isScalar(i))) {
    return seq.items.flatMap((item, i) => {
      if (isScalar(item) && item.value === options[i]) return [];
      const edit = replaceScalar(item, options[i], seq.flow ? 'flow' : 'block');
      return edit ? [edit] : [];
    });
  }
  const first = isSeq(seq) ? seq.items[0] : undefined;
  const style = isScalar(first) ? styleOfScalarType(first.type) : 'plain';
  return setMapValue(ctx.text, map, 'options', new FlowList(options, style), ctx.style);
}

function readOnlyVolumeProblem(target: MountTarget, options: string[]): string | null {
  const volume = target.mount.volumeModel?.name !== undefined ? target.mount.volumeModel : undefined;
  if (!volume?.readonly || optionsReadOnly(options)) return null;
  return `Volume \`${volume.name}\` is read-only, so its mounts must be read-only too; make the volume writable first.`;
}

export function setMountReadOnly(ctx: CommandContext, cmd: { mountId: string; readOnly: boolean }): Outcome {
  const target = locateMount(ctx, cmd.mountId);
  if (typeof target === 'string') return refuse(target);
  const { mount } = target;
  if (mount.readOnly === cmd.readOnly) return unchanged(ctx, mount.id);
  const options = [...mount.options];
  const decisive = options.findIndex((o) => o === 'ro' || o === 'rw');
  if (cmd.readOnly) {
    if (decisive >= 0) options[decisive] = 'ro';
    else options.push('ro');
  } else if (mount.form === 'mounts') {
    options[decisive] = 'rw';
  } else {
    // binds are read-write by default: drop the `ro`s rather than write `rw`
    options.splice(0, options.length, ...options.filter((o) => o !== 'ro'));
  }
  const problem = readOnlyVolumeProblem(target, options);
  return problem ? refuse(problem) : writeOptions(ctx, target, options);
}

export function setMountOptions(ctx: CommandContext, cmd: { mountId: string; options: string[] }): Outcome {
  const target = locateMount(ctx, cmd.mountId);
  if (typeof target === 'string') return refuse(target);
  const problem = readOnlyVolumeProblem(target, cmd.options);
  return problem ? refuse(problem) : writeOptions(ctx, target, cmd.options);
}

export function removeMount(ctx: CommandContext, cmd: { mountId: string }): Outcome {
  const target = locateMount(ctx, cmd.mountId);
  if (typeof target === 'string') return refuse(target);
  return edited(ctx, removeListItem(ctx.text, target.map, target.pair, target.mount.index));
}

/** Moves a bind between `binds`, `binds.add` and `mounts` (appended to the new list). */
export function setMountForm(ctx: CommandContext, cmd: { mountId: string; form: MountForm }): Outcome {
  const target = locateMount(ctx, cmd.mountId);
  if (typeof target === 'string') return refuse(target);
  const { mount } = target;
  if (mount.form === cmd.form) return unchanged(ctx, mount.id);
  if (mount.type !== 'bind') return refuse(`A \`${mount.type || 'special'}\` mount cannot be written as a bind; only bind mounts change form.`);
  const problem = destinationProblem(mount.destination, cmd.form);
  if (problem) return refuse(problem);
  const entry = mountEntry({ source: mount.source, destination: mount.destination, options: mount.options }, cmd.form);
  return continueWith(removeMount(ctx, { mountId: mount.id }), (next) => {
    const container = findContainer(next, mount.containerId);
    if (typeof container === 'string') return refuse(container);
    return addMountEntry(next, container, cmd.form, entry, mount.id);
  });
}
