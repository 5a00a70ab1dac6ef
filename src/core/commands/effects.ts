// What a command did besides its text, so callers need not reconstruct it (layout and selection
// follow a renamed element; a dropped element is placed where it was dropped).
import type { Command } from './types.ts';

export interface CommandEffects {
  /** [old id, new id] of the element the command renamed (its id follows its name or destination). */
  renamed: Array<[string, string]>;
  /** Ids of the elements the command created. */
  created: string[];
}

/** The effects of `command`, whose result selects `selectId` (the element it created or changed). */
export function effectsOf(command: Command, selectId: string | undefined): CommandEffects {
  const effects: CommandEffects = { renamed: [], created: [] };
  if (selectId === undefined) return effects;
  const target =
    command.type === 'renameContainer' ? command.containerId : command.type === 'renameVolume' ? command.volumeId : command.type === 'setMountDestination' ? command.mountId : null;
  if (target !== null && target !== selectId) effects.renamed.push([target, selectId]);
  if (command.type === 'addContainer' || command.type === 'addVolume' || command.type === 'connect') effects.created.push(selectId);
  return effects;
}
