// Which file of the build a graph command edits, with the ids it names made that file's own: a
// command changes the text that holds its element; a new element goes to the file the editor shows.
import type { Command } from '../core/commands/types.ts';
import type { BuildView } from './buildViews.ts';

export type Routed = { ok: true; file: string; command: Command } | { ok: false; reason: string };

/** The element a command works on, when it names one. */
function subjectOf(c: Command): string | null {
  if ('containerId' in c) return c.containerId;
  if ('mountId' in c) return c.mountId;
  if ('volumeId' in c) return c.volumeId;
  return null;
}

/**
 * Routes a command whose ids are build ids. `connect` edits the container's file; when another
 * file declares the volume, the command carries the volume's name (the mount names it there).
 */
export function routeCommand(build: BuildView, active: string, c: Command): Routed {
  const subject = subjectOf(c);
  if (subject === null) return { ok: true, file: active, command: c };
  const home = build.home(subject);
  if (!home) return { ok: false, reason: `There is no element \`${subject}\` in the build; it may have been renamed or removed in the text.` };
  const local = <K extends string>(key: K, id: string) => ({ [key]: build.home(id)?.id ?? id }) as Record<K, string>;
  switch (c.type) {
    case 'connect': {
      const volumeHome = build.home(c.volumeId);
      if (!volumeHome) return { ok: false, reason: `There is no volume \`${c.volumeId}\` in the build.` };
      const command: Command = { ...c, containerId: home.id, volumeId: volumeHome.id };
      if (volumeHome.file !== home.file) {
        const node = build.graph.nodes.find((n) => n.id === c.volumeId);
        if (node?.type !== 'volume') return { ok: false, reason: `There is no volume \`${c.volumeId}\` in the build.` };
        command.volume = { name: node.data.name, readonly: node.data.readonly };
      }
      return { ok: true, file: home.file, command };
    }
    default:
      if ('containerId' in c) return { ok: true, file: home.file, command: { ...c, ...local('containerId', c.containerId) } };
      if ('mountId' in c) return { ok: true, file: home.file, command: { ...c, ...local('mountId', c.mountId) } };
      if ('volumeId' in c) return { ok: true, file: home.file, command: { ...c, ...local('volumeId', c.volumeId) } };
      return { ok: true, file: home.file, command: c };
  }
}

/**
 * What a change of a volume in one file means for the others: binds elsewhere that name it
 * (a build resolves every file's binds against the last file's volumes) follow a rename, and
 * go with a removal, as the volume's own file's mounts do.
 */
export function followUps(build: BuildView, file: string, command: Command): { file: string; command: Command }[] {
  if (command.type !== 'renameVolume' && !(command.type === 'removeVolume' && !command.keepMounts)) return [];
  const own = build.lastGood.find((f) => f.name === file);
  const volume = own?.parsed.model.volumes.find((v) => v.id === command.volumeId);
  if (!volume) return [];
  const out: { file: string; command: Command }[] = [];
  for (const other of build.lastGood) {
    if (other.name === file) continue;
    for (const m of other.parsed.model.mounts) {
      if (m.volumeModel !== volume) continue;
      out.push({
        file: other.name,
        command:
          command.type === 'renameVolume'
            ? { type: 'setMountSource', mountId: m.id, source: command.newName, volume: { name: command.newName, readonly: volume.readonly } }
            : { type: 'removeMount', mountId: m.id },
      });
    }
  }
  return out;
}
