// setContainerField / setVolumeField: any key of a container or volume, scalar, list or mapping.
import type { YAMLMap } from 'yaml';
import { findPair, removeMapPair, setMapValue } from '../edit/mapEdit.ts';
import { listItemEdits } from './listItemEdits.ts';
import { edited, findContainer, findVolume, refuse, type CommandContext, type Outcome } from './context.ts';
import { renameContainer, renameVolume } from './rename.ts';

/** `value` undefined removes the key; an absent key is added after the element's last key. */
function setField(ctx: CommandContext, map: YAMLMap, field: string, value: unknown, selectId: string): Outcome {
  if (value === undefined) {
    const pair = findPair(map, field);
    if (!pair) return { ok: true, text: ctx.text, selectId };
    return edited(ctx, removeMapPair(ctx.text, map, pair), selectId);
  }
  const pair = findPair(map, field);
  const itemEdits = pair ? listItemEdits(pair.value, value) : null;
  if (itemEdits) return itemEdits.length > 0 ? edited(ctx, itemEdits, selectId) : { ok: true, text: ctx.text, selectId };
  return edited(ctx, setMapValue(ctx.text, map, field, value, ctx.style), selectId);
}

function validField(field: string): string | null {
  return field.trim() === '' ? 'A field needs a name.' : null;
}

export function setContainerField(ctx: CommandContext, cmd: { containerId: string; field: string; value: unknown }): Outcome {
  const container = findContainer(ctx, cmd.containerId);
  if (typeof container === 'string') return refuse(container);
  const problem = validField(cmd.field);
  if (problem) return refuse(problem);
  if (cmd.field === 'name') {
    if (typeof cmd.value !== 'string') return refuse('A container needs a name: give it a non-empty name.');
    return renameContainer(ctx, { containerId: container.id, newName: cmd.value });
  }
  if (cmd.field === 'image' && (typeof cmd.value !== 'string' || cmd.value.trim() === '')) {
    return refuse('A container needs an image; give an image reference such as `alpine:3.20`.');
  }
  return setField(ctx, container.node as YAMLMap, cmd.field, cmd.value, container.id);
}

export function setVolumeField(ctx: CommandContext, cmd: { volumeId: string; field: string; value: unknown }): Outcome {
  const volume = findVolume(ctx, cmd.volumeId);
  if (typeof volume === 'string') return refuse(volume);
  const problem = validField(cmd.field);
  if (problem) return refuse(problem);
  if (cmd.field === 'name') {
    if (typeof cmd.value !== 'string') return refuse('A volume needs a name: give it a non-empty name.');
    return renameVolume(ctx, { volumeId: volume.id, newName: cmd.value });
  }
  return setField(ctx, volume.node as YAMLMap, cmd.field, cmd.value, volume.id);
}
