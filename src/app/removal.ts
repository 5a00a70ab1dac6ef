import type { Command } from '../core/commands/types.ts';

/**
 * The commands that delete a selection: mounts first, then containers, then volumes,
 * so that no command refers to something an earlier one already removed.
 */
export function removalCommands(selection: readonly string[]): Command[] {
  const mounts = selection.filter((id) => id.startsWith('mount:'));
  const containers = selection.filter((id) => id.startsWith('container:'));
  const volumes = selection.filter((id) => id.startsWith('volume:'));
  return [
    ...mounts.map((mountId): Command => ({ type: 'removeMount', mountId })),
    // later list items first, so earlier indices stay valid
    ...[...containers].reverse().map((containerId): Command => ({ type: 'removeContainer', containerId })),
    ...[...volumes].reverse().map((volumeId): Command => ({ type: 'removeVolume', volumeId })),
  ];
}
