// Random commands that refer to the config's CURRENT elements: a choice is drawn blind
// (numbers), then resolved against the model the previous commands left.
import fc from 'fast-check';
import type { Command, CommandType } from '../../src/core/commands/types.ts';
import { SECTIONS, type ConfigModel, type MountForm, type VolumeKind } from '../../src/core/model/types.ts';

export interface CommandChoice {
  type: CommandType;
  a: number;
  b: number;
  flag: boolean;
  n: number;
}

const TYPES: CommandType[] = [
  'addContainer',
  'addVolume',
  'connect',
  'connect',
  'setMountDestination',
  'setMountReadOnly',
  'setMountForm',
  'setContainerField',
  'renameContainer',
  'renameVolume',
  'moveContainer',
  'removeContainer',
  'removeVolume',
  'removeMount',
];

export const commandChoice: fc.Arbitrary<CommandChoice> = fc.record({
  type: fc.constantFrom(...TYPES),
  a: fc.nat(50),
  b: fc.nat(50),
  flag: fc.boolean(),
  n: fc.nat(9),
});

const FORMS: (MountForm | undefined)[] = [undefined, 'binds', 'binds.add', 'mounts'];
const KINDS: VolumeKind[] = ['blank', 'image', 'oci'];

function at<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

/** The command a choice means for `model`, or null when the model has nothing to act on. */
export function resolveChoice(model: ConfigModel, c: CommandChoice): Command | null {
  const container = at(model.containers, c.a);
  const volume = at(model.volumes, c.b);
  const mount = at(model.mounts, c.a);
  switch (c.type) {
    case 'addContainer': {
      const section = SECTIONS[c.a % 3];
      const cmd: Command = { type: 'addContainer', section, name: `added${c.n}` };
      return c.flag ? { ...cmd, index: c.b % 4 } : cmd;
    }
    case 'addVolume':
      return { type: 'addVolume', kind: KINDS[c.a % 3], name: `vadded${c.n}`, readonly: c.flag };
    case 'connect': {
      if (!container || !volume) return null;
      const form = FORMS[c.n % 4];
      const cmd: Command = { type: 'connect', volumeId: volume.id, containerId: container.id, destination: `/mnt/new${c.n}`, readOnly: c.flag };
      return form ? { ...cmd, form } : cmd;
    }
    case 'setMountDestination':
      return mount ? { type: 'setMountDestination', mountId: mount.id, destination: `/mnt/moved${c.n}` } : null;
    case 'setMountReadOnly':
      return mount ? { type: 'setMountReadOnly', mountId: mount.id, readOnly: c.flag } : null;
    case 'setMountForm':
      return mount ? { type: 'setMountForm', mountId: mount.id, form: FORMS[1 + (c.n % 3)] ?? 'binds' } : null;
    case 'setContainerField':
      return container ? { type: 'setContainerField', containerId: container.id, field: 'net', value: c.flag ? 'host' : undefined } : null;
    case 'renameContainer':
      return container ? { type: 'renameContainer', containerId: container.id, newName: `renamed${c.n}` } : null;
    case 'renameVolume':
      return volume ? { type: 'renameVolume', volumeId: volume.id, newName: `vrenamed${c.n}` } : null;
    case 'moveContainer':
      return container ? { type: 'moveContainer', containerId: container.id, toIndex: c.b % 5 } : null;
    case 'removeContainer':
      return container ? { type: 'removeContainer', containerId: container.id } : null;
    case 'removeVolume':
      return volume ? { type: 'removeVolume', volumeId: volume.id } : null;
    case 'removeMount':
      return mount ? { type: 'removeMount', mountId: mount.id } : null;
    default:
      return null;
  }
}
