import { describe, expect, it } from 'vitest';
import { COMMENTED, lineChanges, ok, refused } from './testing.ts';

describe('addContainer', () => {
  it('appends to the end of a section, after the last item and its comments', () => {
    const r = ok(COMMENTED, { type: 'addContainer', section: 'onboot' });
    expect(r.text).toBe(
      COMMENTED.replace(
        '      - data:/data # the data disk\n',
        '      - data:/data # the data disk\n  - name: onboot-1\n    image: alpine:3.21\n',
      ),
    );
    expect(lineChanges(COMMENTED, r.text)).toEqual({ removed: [], added: ['  - name: onboot-1\n', '    image: alpine:3.21\n'] });
    expect(r.selectId).toBe('container:onboot:onboot-1');
    expect(r.model.containers.find((c) => c.id === r.selectId)).toMatchObject({ index: 2, image: 'alpine:3.21' });
    expect(r.editCount).toBe(1);
  });

  it('inserts at an index, before the next item and the comment above it', () => {
    const r = ok(COMMENTED, { type: 'addContainer', section: 'onboot', name: 'mid', image: 'busybox:1.36', index: 1 });
    expect(r.text).toBe(COMMENTED.replace('  # formats the disk\n', '  - name: mid\n    image: busybox:1.36\n  # formats the disk\n'));
    expect(r.model.containers.filter((c) => c.section === 'onboot').map((c) => c.name)).toEqual(['sysctl', 'mid', 'format']);
  });

  it('names a container after its image when no name is given, the first free of `sysctl`, `sysctl-2`, …', () => {
    // COMMENTED has an onboot container named sysctl already
    const r = ok(COMMENTED, { type: 'addContainer', section: 'onboot', image: 'linuxkit/sysctl:5a374e4bf3e5a7deeacff6571d0f30f7ea8f56db' });
    expect(r.selectId).toBe('container:onboot:sysctl-2');
    const again = ok(r.text, { type: 'addContainer', section: 'services', image: 'linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0' });
    expect(again.selectId).toBe('container:services:getty-2'); // COMMENTED has a getty service too
    const fresh = ok(again.text, { type: 'addContainer', section: 'services', image: 'linuxkit/rngd:984eb580ecb63986f07f626b61692a97aacd7198' });
    expect(fresh.selectId).toBe('container:services:rngd');
  });

  it('inserts at index 0 above the first item and its comment', () => {
    const r = ok(COMMENTED, { type: 'addContainer', section: 'onboot', name: 'first', index: 0 });
    expect(r.text).toBe(COMMENTED.replace('onboot:\n', 'onboot:\n  - name: first\n    image: alpine:3.21\n'));
  });

  it('creates a missing section after the closest preceding section', () => {
    const r = ok(COMMENTED, { type: 'addContainer', section: 'onshutdown' });
    expect(r.text).toBe(COMMENTED.replace('services:\n', 'onshutdown:\n  - name: onshutdown-1\n    image: alpine:3.21\nservices:\n'));
  });

  it('creates a missing section before the first following one when none precedes', () => {
    const text = '# only services\nservices:\n  - name: a\n    image: b:1\n';
    const r = ok(text, { type: 'addContainer', section: 'onboot', name: 'x' });
    expect(r.text).toBe('# only services\nonboot:\n  - name: x\n    image: alpine:3.21\nservices:\n  - name: a\n    image: b:1\n');
  });

  it('fills an empty section written as `key:` with a comment, or as `[]`', () => {
    const nullSection = 'kernel:\n  image: k:1\nservices: # none yet\nvolumes: []\n';
    expect(ok(nullSection, { type: 'addContainer', section: 'services', name: 's' }).text).toBe(
      'kernel:\n  image: k:1\nservices: # none yet\n  - name: s\n    image: alpine:3.21\nvolumes: []\n',
    );
    const flowEmpty = 'kernel:\n  image: k:1\nservices: []\n';
    expect(ok(flowEmpty, { type: 'addContainer', section: 'services', name: 's' }).text).toBe(
      'kernel:\n  image: k:1\nservices:\n  - name: s\n    image: alpine:3.21\n',
    );
  });

  it('follows a file that does not indent sequences, and 4-space indentation', () => {
    const flush = 'services:\n- name: a\n  image: b:1\nvolumes:\n- name: v\n';
    expect(ok(flush, { type: 'addContainer', section: 'onboot', name: 'x' }).text).toBe(
      'onboot:\n- name: x\n  image: alpine:3.21\nservices:\n- name: a\n  image: b:1\nvolumes:\n- name: v\n',
    );
    const four = 'kernel:\n    image: k:1\nservices:\n    -   name: a\n        image: b:1\n';
    expect(ok(four, { type: 'addContainer', section: 'services', name: 'x' }).text).toBe(`${four}    - name: x\n      image: alpine:3.21\n`);
    expect(ok(four, { type: 'addContainer', section: 'onboot', name: 'x' }).text).toBe(
      'kernel:\n    image: k:1\nonboot:\n    - name: x\n      image: alpine:3.21\nservices:\n    -   name: a\n        image: b:1\n',
    );
  });

  it('keeps CRLF line breaks and a last line without a break', () => {
    const crlf = 'services:\r\n  - name: a\r\n    image: b:1';
    expect(ok(crlf, { type: 'addContainer', section: 'services', name: 'x' }).text).toBe(
      'services:\r\n  - name: a\r\n    image: b:1\r\n  - name: x\r\n    image: alpine:3.21',
    );
  });

  it('starts a file that holds only comments', () => {
    expect(ok('# nothing yet\n', { type: 'addContainer', section: 'services', name: 'x' }).text).toBe(
      '# nothing yet\nservices:\n  - name: x\n    image: alpine:3.21\n',
    );
  });

  it('quotes a name or image that YAML would read as something else', () => {
    const r = ok(COMMENTED, { type: 'addContainer', section: 'services', name: '0600', image: 'alpine:3.21' });
    expect(r.text).toContain('  - name: "0600"\n');
    expect(r.model.containers.some((c) => c.name === '0600')).toBe(true);
  });

  it('picks the first free default name across sections', () => {
    const text = 'services:\n  - name: service-1\n    image: a:1\nonboot:\n  - name: service-2\n    image: a:1\n';
    expect(ok(text, { type: 'addContainer', section: 'services' }).selectId).toBe('container:services:service-3');
  });

  it('refuses invalid and duplicate names', () => {
    expect(refused(COMMENTED, { type: 'addContainer', section: 'services', name: 'getty' })).toContain('already exists');
    expect(refused(COMMENTED, { type: 'addContainer', section: 'services', name: 'a b' })).toContain('not a valid container name');
  });

  it('refuses when the section is not a list', () => {
    expect(refused('services: web\n', { type: 'addContainer', section: 'services' })).toContain('not a list');
  });
});

describe('addVolume', () => {
  it('adds blank, image and oci volumes after the last volume', () => {
    const blank = ok(COMMENTED, { type: 'addVolume', kind: 'blank' });
    expect(blank.text).toBe(COMMENTED.replace('# the end\n', '  - name: volume-1\n# the end\n'));
    expect(blank.model.volumes.find((v) => v.id === 'volume:volume-1')?.kind).toBe('blank');
    const image = ok(COMMENTED, { type: 'addVolume', kind: 'image', name: 'tools', image: 'busybox:1.36', readonly: true });
    expect(image.text).toBe(
      COMMENTED.replace('# the end\n', '  - name: tools\n    image: busybox:1.36\n    readonly: true\n# the end\n'),
    );
    const oci = ok(COMMENTED, { type: 'addVolume', kind: 'oci', name: 'img' });
    expect(oci.text).toBe(COMMENTED.replace('# the end\n', '  - name: img\n    image: alpine:3.21\n    format: oci\n# the end\n'));
    expect(oci.model.volumes.find((v) => v.id === 'volume:img')).toMatchObject({ kind: 'oci', format: 'oci' });
  });

  it('creates `volumes:` after files when missing', () => {
    const text = 'services:\n  - name: a\n    image: b:1\nfiles:\n  - path: etc/x\n    contents: y\ntrust: {}\n';
    expect(ok(text, { type: 'addVolume', kind: 'blank', name: 'data' }).text).toBe(
      'services:\n  - name: a\n    image: b:1\nfiles:\n  - path: etc/x\n    contents: y\nvolumes:\n  - name: data\ntrust: {}\n',
    );
  });

  it('refuses invalid and duplicate names', () => {
    expect(refused(COMMENTED, { type: 'addVolume', kind: 'blank', name: 'Data' })).toContain('lowercase');
    expect(refused(COMMENTED, { type: 'addVolume', kind: 'blank', name: 'data' })).toContain('already exists');
  });
});
