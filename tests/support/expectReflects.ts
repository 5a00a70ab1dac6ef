// What the model must show after a command succeeded: the command's effect, read back from the new text.
import { expect } from 'vitest';
import type { Command } from '../../src/core/commands/types.ts';
import type { ConfigModel } from '../../src/core/model/types.ts';

export function expectReflects(before: ConfigModel, after: ConfigModel, cmd: Command): void {
  const label = JSON.stringify(cmd);
  const container = (m: ConfigModel, id: string) => m.containers.find((c) => c.id === id);
  const mount = (m: ConfigModel, id: string) => m.mounts.find((x) => x.id === id);
  switch (cmd.type) {
    case 'addContainer':
      expect(container(after, `container:${cmd.section}:${cmd.name}`), label).toBeDefined();
      expect(after.containers, label).toHaveLength(before.containers.length + 1);
      return;
    case 'addVolume':
      expect(after.volumes.find((v) => v.name === cmd.name)?.readonly, label).toBe(cmd.readonly === true);
      return;
    case 'connect': {
      const volume = before.volumes.find((v) => v.id === cmd.volumeId);
      const m = after.mounts.find((x) => x.containerId === cmd.containerId && x.destination === cmd.destination);
      expect(m?.volume, label).toBe(volume?.name);
      expect(m?.readOnly, label).toBe(cmd.readOnly === true || volume?.readonly === true);
      if (cmd.form) expect(m?.form, label).toBe(cmd.form);
      return;
    }
    case 'setMountDestination': {
      const old = mount(before, cmd.mountId);
      const moved = after.mounts.find((x) => x.containerId === old?.containerId && x.destination === cmd.destination);
      expect(moved?.source, label).toBe(old?.source);
      return;
    }
    case 'setMountReadOnly':
      expect(mount(after, cmd.mountId)?.readOnly, label).toBe(cmd.readOnly);
      return;
    case 'setMountForm':
      expect(mount(after, cmd.mountId)?.form, label).toBe(cmd.form);
      return;
    case 'setContainerField':
      expect(container(after, cmd.containerId)?.fields[cmd.field]?.value, label).toBe(cmd.value);
      return;
    case 'renameContainer': {
      const old = container(before, cmd.containerId);
      const renamed = after.containers.find((c) => c.section === old?.section && c.index === old.index);
      expect(renamed?.name, label).toBe(cmd.newName);
      expect(after.containers.filter((c) => c.name === cmd.newName), label).toHaveLength(1);
      return;
    }
    case 'renameVolume': {
      const old = before.volumes.find((v) => v.id === cmd.volumeId);
      expect(after.volumes.find((v) => v.index === old?.index)?.name, label).toBe(cmd.newName);
      if (old?.name !== cmd.newName) expect(after.mounts.filter((m) => m.sourceKind === 'volume' && m.volume === old?.name), label).toEqual([]);
      return;
    }
    case 'moveContainer': {
      const old = container(before, cmd.containerId);
      const count = before.containers.filter((c) => c.section === old?.section).length;
      expect(container(after, cmd.containerId)?.index, label).toBe(Math.min(cmd.toIndex, count - 1));
      return;
    }
    case 'removeContainer':
      expect(container(after, cmd.containerId), label).toBeUndefined();
      expect(after.containers, label).toHaveLength(before.containers.length - 1);
      return;
    case 'removeVolume': {
      const old = before.volumes.find((v) => v.id === cmd.volumeId);
      expect(after.volumes.some((v) => v.name === old?.name), label).toBe(false);
      expect(after.mounts.filter((m) => m.sourceKind === 'volume' && m.volume === old?.name), label).toEqual([]);
      return;
    }
    case 'removeMount':
      expect(mount(after, cmd.mountId), label).toBeUndefined();
      expect(after.mounts, label).toHaveLength(before.mounts.length - 1);
      return;
    default:
      return;
  }
}
