import { describe, expect, it } from 'vitest';
import { duplicateVolumeName } from './duplicateVolumeName.ts';
import { invalidVolumeName } from './invalidVolumeName.ts';
import { run } from './testing.ts';
import { closestNames, proposeVolumeName } from '../../../model/names.ts';

describe('duplicate-volume-name', () => {
  it('accepts distinct names', () => {
    expect(run(duplicateVolumeName, `volumes:\n  - name: data\n  - name: logs\n`)).toEqual([]);
  });

  it('flags the later of two volumes with one name, offering a free new name', () => {
    const yaml = `volumes:\n  - name: data\n  - name: data-2\n  - name: data\n    image: alpine:3.20\n`;
    const [d, ...rest] = run(duplicateVolumeName, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'duplicate-volume-name', severity: 'error', text: 'data', target: 'volume:data#2' });
    expect(d.span.start).toBe(yaml.lastIndexOf('data'));
    expect(d.message).toContain('`data-3`');
    expect(d.fixes?.map((f) => f.command)).toEqual([
      { type: 'renameVolume', volumeId: 'volume:data#2', newName: 'data-3' },
      { type: 'removeVolume', volumeId: 'volume:data#2' },
    ]);
  });

  it('treats two unnamed volumes as one empty name, as LinuxKit does', () => {
    const yaml = `volumes:\n  - image: alpine:3.20\n  - image: busybox:1.36\n`;
    const [d] = run(duplicateVolumeName, yaml);
    expect(d).toMatchObject({ code: 'duplicate-volume-name', target: 'volume:#1', text: 'image: busybox:1.36' });
  });
});

describe('invalid-volume-name', () => {
  it.each(['data', 'my_data-2', ''])('accepts %j', (name) => {
    expect(run(invalidVolumeName, `volumes:\n  - name: "${name}"\n`)).toEqual([]);
  });

  it('flags a name outside ^[a-z0-9_-]*$ and proposes a valid one', () => {
    const yaml = `volumes:\n  - name: My.Data\n`;
    const [d] = run(invalidVolumeName, yaml);
    expect(d).toMatchObject({ code: 'invalid-volume-name', severity: 'error', text: 'My.Data', target: 'volume:My.Data' });
    expect(d.message).toContain('`my-data`');
    expect(d.fixes?.[0].command).toEqual({ type: 'renameVolume', volumeId: 'volume:My.Data', newName: 'my-data' });
  });

  it('does not propose a name that is taken', () => {
    const [d] = run(invalidVolumeName, `volumes:\n  - name: my-data\n  - name: My Data\n`);
    expect(d.fixes?.[0].command).toMatchObject({ newName: 'my-data-2' });
  });

  it('leaves non-string names to the schema check', () => {
    expect(run(invalidVolumeName, `volumes:\n  - name: [a]\n`)).toEqual([]);
  });
});

describe('name helpers', () => {
  it('orders names by closeness', () => {
    expect(closestNames('dta', ['logs', 'data', 'cache', 'date'], 2)).toEqual(['data', 'date']);
  });
  it('proposes something for a name with nothing valid', () => {
    expect(proposeVolumeName('', new Set())).toBe('volume');
  });
});
