import { describe, expect, it } from 'vitest';
import { ociFormatWithoutImage } from './ociFormatWithoutImage.ts';
import { run } from './testing.ts';
import { unusedVolume } from './unusedVolume.ts';
import { volumeNeverWritten } from './volumeNeverWritten.ts';

describe('unused-volume', () => {
  it('counts binds, binds.add and bind mounts as uses', () => {
    const yaml = `services:
  - name: a
    image: alpine:3.20
    binds: [one:/one]
    binds.add: [two:/two]
    mounts:
      - type: bind
        source: three
        destination: /three
volumes:
  - name: one
  - name: two
  - name: three
`;
    expect(run(unusedVolume, yaml)).toEqual([]);
  });

  it('warns about a volume nobody mounts and offers to remove it', () => {
    const yaml = `onboot:\n  - name: a\n    image: alpine:3.20\nvolumes:\n  - name: orphan # left over\n    image: alpine:3.20\n`;
    const [d] = run(unusedVolume, yaml);
    expect(d).toMatchObject({ code: 'unused-volume', severity: 'warning', text: 'orphan', target: 'volume:orphan' });
    expect(d.fixes?.[0].command).toEqual({ type: 'removeVolume', volumeId: 'volume:orphan' });
  });
});

describe('volume-never-written', () => {
  it('accepts a blank volume someone writes, and an image volume everyone reads', () => {
    const yaml = `onboot:
  - name: w
    image: alpine:3.20
    binds: [scratch:/s, seed:/seed:ro]
  - name: r
    image: alpine:3.20
    binds: [scratch:/s:ro]
volumes:
  - name: scratch
  - name: seed
    image: alpine:3.20
`;
    expect(run(volumeNeverWritten, yaml)).toEqual([]);
  });

  it('warns when every mount of a blank volume is read-only', () => {
    const yaml = `onboot:
  - name: r
    image: alpine:3.20
    binds: [empty:/e:ro]
    mounts:
      - {type: bind, source: empty, destination: /f, options: [ro]}
volumes:
  - name: empty
`;
    const [d] = run(volumeNeverWritten, yaml);
    expect(d).toMatchObject({ code: 'volume-never-written', severity: 'warning', text: 'empty', target: 'volume:empty' });
    expect(d.fixes?.[0].command).toEqual({ type: 'setMountReadOnly', mountId: 'mount:onboot:r:/e', readOnly: false });
  });

  it('warns about a blank read-only volume (LinuxKit test 070_volumes/001_ro_on_ro)', () => {
    const yaml = `onboot:\n  - name: t\n    image: alpine:3.20\n    binds: [vola:/vola:ro]\nvolumes:\n  - name: vola\n    readonly: true\n`;
    const [d] = run(volumeNeverWritten, yaml);
    expect(d.message).toContain('`readonly: true`');
    expect(d.fixes).toBeUndefined();
  });
});

describe('oci-format-without-image', () => {
  it('accepts format oci with an image', () => {
    expect(run(ociFormatWithoutImage, `volumes:\n  - name: v\n    image: alpine:3.20\n    format: oci\n`)).toEqual([]);
  });

  it('warns about format oci on a blank volume', () => {
    const [d] = run(ociFormatWithoutImage, `volumes:\n  - name: v\n    format: oci\n`);
    expect(d).toMatchObject({ code: 'oci-format-without-image', severity: 'warning', text: 'format: oci', target: 'volume:v' });
    expect(d.fixes?.[0].command).toEqual({ type: 'setVolumeField', volumeId: 'volume:v', field: 'format', value: undefined });
  });
});
