import { describe, expect, it } from 'vitest';
import { applyFix, fixTitles, lineChanges } from './fixTesting.ts';

const config = (binds: string) => `# web serves the logs
services:
  - name: web # the web server
    image: nginx:1.27
    binds:
      - ${binds} # keep this comment
    # after the binds
volumes:
  - name: logs # shared logs
    readonly: true # nobody writes
    image: alpine:3.20
`;

describe('readonly-volume-mounted-rw fixes', () => {
  it('mounts a bind without options read-only by appending `:ro`', () => {
    const before = config('logs:/var/log');
    const after = applyFix(before, 'readonly-volume-mounted-rw', 'Mount read-only');
    expect(after).toBe(config('logs:/var/log:ro'));
    expect(lineChanges(before, after)).toEqual({
      removed: ['      - logs:/var/log # keep this comment\n'],
      added: ['      - logs:/var/log:ro # keep this comment\n'],
    });
  });

  it('replaces other bind options by exactly `ro` and says what it drops', () => {
    const before = config('"logs:/var/log:rshared,rw"');
    expect(fixTitles(before, 'readonly-volume-mounted-rw')).toEqual([
      'Mount read-only (drops `rshared`, `rw`)',
      'Make volume `logs` writable (remove `readonly: true`)',
    ]);
    const after = applyFix(before, 'readonly-volume-mounted-rw', 'Mount read-only (drops `rshared`, `rw`)');
    expect(after).toBe(config('"logs:/var/log:ro"'));
  });

  it('replaces an option field holding `ro` among others (LinuxKit wants exactly `ro`)', () => {
    const after = applyFix(config('logs:/var/log:ro,rshared'), 'readonly-volume-mounted-rw', 'Mount read-only (drops `rshared`)');
    expect(after).toBe(config('logs:/var/log:ro'));
  });

  it('makes the volume writable instead, touching only the `readonly` line', () => {
    const before = config('logs:/var/log');
    const after = applyFix(before, 'readonly-volume-mounted-rw', 'Make volume `logs` writable (remove `readonly: true`)');
    expect(lineChanges(before, after)).toEqual({ removed: ['    readonly: true # nobody writes\n'], added: [] });
  });

  it('makes the first of ro/rw in a mounts entry `ro`', () => {
    const before = `services:
  - name: web
    image: nginx:1.27
    mounts:
      - type: bind
        source: logs
        destination: /var/log
        options: ["rbind", "rw", "ro"] # rw wins today
volumes:
  - name: logs
    readonly: true
    image: alpine:3.20
`;
    const after = applyFix(before, 'readonly-volume-mounted-rw', 'Mount read-only');
    expect(lineChanges(before, after)).toEqual({
      removed: ['        options: ["rbind", "rw", "ro"] # rw wins today\n'],
      added: ['        options: ["rbind", "ro", "ro"] # rw wins today\n'],
    });
  });

  it('adds `ro` to a mounts entry without ro or rw', () => {
    const before = `services:
  - name: web
    image: nginx:1.27
    mounts:
      - {type: bind, source: logs, destination: /var/log, options: [rbind]}
volumes:
  - name: logs
    readonly: true
    image: alpine:3.20
`;
    const after = applyFix(before, 'readonly-volume-mounted-rw', 'Mount read-only');
    expect(after).toBe(before.replace('options: [rbind]', 'options: [rbind, ro]'));
  });
});
