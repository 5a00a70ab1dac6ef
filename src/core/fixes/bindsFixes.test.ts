import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/applyCommand.ts';
import { applyFix, diagnosticsOf, fixTitles, lineChanges } from './fixTesting.ts';

const GETTY = 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0';

describe('binds-replace-image-defaults fix', () => {
  it('changes only the key text', () => {
    const before = `services:
  - name: getty
    image: ${GETTY}
    "binds": # mine
      - data:/data # the disk
volumes:
  - name: data
`;
    const after = applyFix(before, 'binds-replace-image-defaults', 'Change `binds:` to `binds.add:`');
    expect(lineChanges(before, after)).toEqual({ removed: ['    "binds": # mine\n'], added: ['    "binds.add": # mine\n'] });
  });

  it('merges into an existing `binds.add`, skipping entries already there', () => {
    const before = `services:
  - name: getty
    image: ${GETTY}
    binds.add:
      - data:/data
    binds:
      - data:/data
      - /var/tmp:/var/tmp
    net: host
volumes:
  - name: data
`;
    const after = applyFix(before, 'binds-replace-image-defaults', 'Move these binds into `binds.add:`');
    expect(after).toBe(`services:
  - name: getty
    image: ${GETTY}
    binds.add:
      - data:/data
      - /var/tmp:/var/tmp
    net: host
volumes:
  - name: data
`);
  });
});

describe('unused-volume fix', () => {
  it('removes the volume with its comment lines only', () => {
    const before = `services:
  - name: web
    image: nginx:1.27
    binds: [data:/data]
volumes:
  - name: data
  # scratch space, never used
  - name: scratch
    image: alpine:3.20
# end
`;
    const after = applyFix(before, 'unused-volume', 'Remove this volume');
    expect(lineChanges(before, after)).toEqual({
      removed: ['  # scratch space, never used\n', '  - name: scratch\n', '    image: alpine:3.20\n'],
      added: [],
    });
  });
});

describe('a volume only a Docker-style `volumes:` list names', () => {
  const before = `services:
  - name: web
    image: nginx:1.27
    volumes:
      - data:/srv/data
volumes:
  - name: data
    image: alpine:3.20 # the data set
`;

  it('is not offered for removal: the fix turns the list into binds and the volume keeps its image', () => {
    const [d] = diagnosticsOf(before, 'unused-volume');
    expect(d.message).toContain('`web` lists it under Docker-style `volumes:`');
    expect(fixTitles(before, 'unused-volume')).toEqual(['Turn the `volumes:` of `web` into binds']);
    const after = applyFix(before, 'unused-volume', 'Turn the `volumes:` of `web` into binds');
    expect(after).toBe(before.replace('    volumes:\n', '    binds:\n'));
  });

  it('is not removed by the graph either: the refusal says why', () => {
    const result = applyCommand(before, { type: 'removeVolume', volumeId: 'volume:data' });
    expect(result).toEqual({
      ok: false,
      reason: 'Volume `data` is still named in the Docker-style `volumes:` of `web`; turn that list into `binds` (its quick fix) or remove the entry first.',
    });
  });
});
