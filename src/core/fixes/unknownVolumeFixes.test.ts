import { describe, expect, it } from 'vitest';
import { applyFix, fixTitles, lineChanges } from './fixTesting.ts';

const config = (bind: string) => `services:
  - name: web
    image: nginx:1.27
    binds:
      - ${bind} # the data disk
      - /var/tmp:/var/tmp
# the volumes
volumes:
  - name: data # main
  - name: date
  - name: logs
    readonly: true
    image: alpine:3.20
  - name: unrelated
`;

describe('unknown-volume fixes', () => {
  it('offers to create the volume and the close names that can take this mount', () => {
    // `logs` is close but read-only, so this read-write bind cannot use it; `unrelated` is not close
    expect(fixTitles(config('dta:/data'), 'unknown-volume')).toEqual([
      'Add a blank volume `dta`',
      'Use volume `data` instead',
      'Use volume `date` instead',
    ]);
  });

  it('creates the blank volume at the end of `volumes:`', () => {
    const before = config('dta:/data');
    const after = applyFix(before, 'unknown-volume', 'Add a blank volume `dta`');
    expect(lineChanges(before, after)).toEqual({ removed: [], added: ['  - name: dta\n'] });
    expect(after.endsWith('  - name: unrelated\n  - name: dta\n')).toBe(true);
  });

  it('changes only the source part of the bind', () => {
    const before = config('"dta:/data:rshared"');
    const after = applyFix(before, 'unknown-volume', 'Use volume `data` instead');
    expect(after).toBe(config('"data:/data:rshared"'));
    expect(lineChanges(before, after)).toEqual({
      removed: ['      - "dta:/data:rshared" # the data disk\n'],
      added: ['      - "data:/data:rshared" # the data disk\n'],
    });
  });

  it('offers a read-only volume to a read-only bind', () => {
    expect(fixTitles(config('log:/var/log:ro'), 'unknown-volume')).toContain('Use volume `logs` instead');
    expect(applyFix(config('log:/var/log:ro'), 'unknown-volume', 'Use volume `logs` instead')).toBe(config('logs:/var/log:ro'));
  });

  it('offers no creation for a name LinuxKit would reject, only the close names', () => {
    expect(fixTitles(config('Data:/data'), 'unknown-volume')).toEqual(['Use volume `data` instead', 'Use volume `date` instead']);
  });

  it('changes the `source:` of a bind mount', () => {
    const before = `services:
  - name: web
    image: nginx:1.27
    mounts:
      - type: bind
        source: dta # typo
        destination: /data
        options: [rbind, rw]
volumes:
  - name: data
`;
    const after = applyFix(before, 'unknown-volume', 'Use volume `data` instead');
    expect(lineChanges(before, after)).toEqual({ removed: ['        source: dta # typo\n'], added: ['        source: data # typo\n'] });
  });
});
