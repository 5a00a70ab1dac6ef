import { describe, expect, it } from 'vitest';
import { readonlyVolumeMountedRw } from './readonlyVolumeMountedRw.ts';
import { run } from './testing.ts';

const container = (body: string) =>
  `onboot:\n  - name: test\n    image: alpine:3.20\n${body}volumes:\n  - name: vola\n    readonly: true\n  - name: volb\n`;

describe('readonly-volume-mounted-rw', () => {
  it('accepts read-only binds and mounts of a read-only volume, and anything on a writable one', () => {
    const yaml = container(`    binds:
      - vola:/a:ro
      - volb:/b
    binds.add:
      - vola:/c:ro
    mounts:
      - type: bind
        source: vola
        destination: /d
        options: [rbind, ro, rw]
`);
    expect(run(readonlyVolumeMountedRw, yaml)).toEqual([]);
  });

  it('flags a bind without options (LinuxKit test 070_volumes/002_rw_on_ro)', () => {
    const [d] = run(readonlyVolumeMountedRw, container(`    binds:\n      - vola:/vola\n`));
    expect(d).toMatchObject({ code: 'readonly-volume-mounted-rw', severity: 'error', text: 'vola:/vola', target: 'mount:onboot:test:/vola' });
    expect(d.message).toContain('`vola:/vola:ro`');
    expect(d.fixes?.[0].command).toEqual({ type: 'setMountReadOnly', mountId: 'mount:onboot:test:/vola', readOnly: true });
  });

  it('flags `ro,rshared`: the option field must be exactly `ro`', () => {
    const [d] = run(readonlyVolumeMountedRw, container(`    binds.add:\n      - 'vola:/x:ro,rshared'\n`));
    expect(d).toMatchObject({ text: 'ro,rshared', target: 'mount:onboot:test:/x' });
    expect(d.message).toContain('exactly `ro`');
    expect(d.fixes?.[0].command).toEqual({ type: 'setMountOptions', mountId: 'mount:onboot:test:/x', options: ['ro'] });
  });

  it('flags an explicit rw option', () => {
    const [d] = run(readonlyVolumeMountedRw, container(`    binds:\n      - vola:/x:rw\n`));
    expect(d.text).toBe('rw');
  });

  it('flags a mount whose first of ro/rw is rw, or that has neither', () => {
    const yaml = container(`    mounts:
      - type: bind
        source: vola
        destination: /a
        options: [rw, ro]
      - type: bind
        source: vola
        destination: /b
`);
    const found = run(readonlyVolumeMountedRw, yaml);
    expect(found.map((d) => [d.text, d.target])).toEqual([
      ['[rw, ro]', 'mount:onboot:test:/a'],
      ['vola', 'mount:onboot:test:/b'],
    ]);
    expect(found[0].message).toContain('put `ro` in its `options`');
  });
});
