import { describe, expect, it } from 'vitest';
import { applyFix, lineChanges } from './fixTesting.ts';

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
