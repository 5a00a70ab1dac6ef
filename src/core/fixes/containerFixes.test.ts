import { describe, expect, it } from 'vitest';
import { applyFix, lineChanges } from './fixTesting.ts';

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
