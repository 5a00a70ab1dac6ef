import type { Analysis } from '../core/analyze.ts';
import type { Command } from '../core/commands/types.ts';
import { containerId, volumeId } from '../core/model/ids.ts';

/** The node ids a rename command changes, so layout follows the renamed node. */
export function renamedIds(analysis: Analysis, command: Command): Array<[string, string]> {
  const { model } = analysis.parsed;
  if (command.type === 'renameContainer') {
    const c = model.containers.find((x) => x.id === command.containerId);
    return c ? [[c.id, containerId(c.section, command.newName)]] : [];
  }
  if (command.type === 'renameVolume') {
    const v = model.volumes.find((x) => x.id === command.volumeId);
    return v ? [[v.id, volumeId(command.newName)]] : [];
  }
  return [];
}
