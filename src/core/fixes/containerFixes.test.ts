import { describe, expect, it } from 'vitest';
import { applyFix, fixTitles, lineChanges } from './fixTesting.ts';

const config = `onboot:
  - name: a # the first
    image: alpine:3.20
    uid: "100" # quoted by mistake
    capabilities:
      - CAP_SYS_ADMIN # admin
      - cap_net_admin # lower case
      - CAP_CHOWN
    rlimits: ["nofile,1024,2048", "nofiel,10,20"] # flow
`;

describe('list fixes rewrite only the entry they fix', () => {
  it('unknown-capability keeps the other entries and every comment', () => {
    const after = applyFix(config, 'unknown-capability', 'Replace with `CAP_NET_ADMIN`');
    expect(lineChanges(config, after)).toEqual({
      removed: ['      - cap_net_admin # lower case\n'],
      added: ['      - CAP_NET_ADMIN # lower case\n'],
    });
  });

  it('invalid-rlimit replaces one entry of a flow list in its quotes', () => {
    const after = applyFix(config, 'invalid-rlimit', 'Replace with `nofile,10,20`');
    expect(after).toBe(config.replace('"nofiel,10,20"', '"nofile,10,20"'));
  });

  it('unknown-id writes a quoted number unquoted', () => {
    const after = applyFix(config, 'unknown-id', 'Write 100 unquoted');
    expect(lineChanges(config, after)).toEqual({ removed: ['    uid: "100" # quoted by mistake\n'], added: ['    uid: 100 # quoted by mistake\n'] });
  });
});

describe('a container without a name', () => {
  it('gets `name:` from its image as its first key, comments kept', () => {
    const text = `services:
  - image: docker.io/library/nginx:1.27@sha256:${'a'.repeat(64)} # the web server
    net: host
`;
    const after = applyFix(text, 'missing-field', 'Add `name: nginx`');
    expect(after).toBe(text.replace('  - image:', '  - name: nginx\n    image:'));
  });

  it('takes a name no other container uses, in any section', () => {
    const text = `onboot:
  - name: getty
    image: linuxkit/getty:abc
services:
  - image: linuxkit/getty:abc
`;
    expect(fixTitles(text, 'missing-field')).toEqual(['Add `name: getty-2`']);
    expect(applyFix(text, 'missing-field', 'Add `name: getty-2`')).toContain('  - name: getty-2\n    image: linuxkit/getty:abc\n');
  });

  it('offers nothing when the image is missing too (no name to take)', () => {
    expect(fixTitles('services:\n  - net: host\n', 'missing-field')).toEqual([]);
  });
});
