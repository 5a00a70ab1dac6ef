import { describe, expect, it } from 'vitest';
import { applyCommand } from './applyCommand.ts';
import type { Command } from './types.ts';

const text = `services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data
volumes:
  - name: data
`;

function effects(command: Command) {
  const result = applyCommand(text, command);
  if (!result.ok) throw new Error(result.reason);
  return result.effects;
}

describe('command effects', () => {
  it.each<[string, Command, [string, string][]]>([
    ['renameContainer', { type: 'renameContainer', containerId: 'container:services:web', newName: 'www' }, [['container:services:web', 'container:services:www']]],
    ['renameVolume', { type: 'renameVolume', volumeId: 'volume:data', newName: 'store' }, [['volume:data', 'volume:store']]],
    ['setMountDestination', { type: 'setMountDestination', mountId: 'mount:services:web:/data', destination: '/srv' }, [['mount:services:web:/data', 'mount:services:web:/srv']]],
    ['a rename to the same name', { type: 'renameVolume', volumeId: 'volume:data', newName: 'data' }, []],
    ['setMountReadOnly', { type: 'setMountReadOnly', mountId: 'mount:services:web:/data', readOnly: true }, []],
  ])('%s renames %j', (_name, command, renamed) => {
    expect(effects(command)).toEqual({ renamed, created: [] });
  });

  it.each<[string, Command, string]>([
    ['addContainer', { type: 'addContainer', section: 'onboot', name: 'init-db' }, 'container:onboot:init-db'],
    ['addVolume', { type: 'addVolume', kind: 'blank', name: 'logs' }, 'volume:logs'],
    ['connect', { type: 'connect', volumeId: 'volume:data', containerId: 'container:services:web', destination: '/backup' }, 'mount:services:web:/backup'],
  ])('%s creates %s', (_name, command, id) => {
    expect(effects(command)).toEqual({ renamed: [], created: [id] });
  });
});
