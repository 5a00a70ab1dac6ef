import { describe, expect, it } from 'vitest';
import { invalidRlimit } from './invalidRlimit.ts';
import { runRule } from './ruleTesting.ts';

describe('invalid-rlimit', () => {
  it('accepts what ConfigToOCI accepts: any case, optional RLIMIT_, spaces, unlimited, up to 2^64-1', () => {
    const yaml = `services:
  - name: a
    image: x:1
    rlimits:
      - nofile,1024,4096
      - RLIMIT_NPROC, unlimited , UNLIMITED
      - " rlimit_memlock ,0,18446744073709551615"
      - rttime,007,10
`;
    expect(runRule(invalidRlimit, yaml)).toEqual([]);
  });

  it.each([
    ['nofile,1024', /is not `name,soft,hard`/],
    ['nofile', /is not `name,soft,hard`/],
    ['nofile,1024,4096,8192', /hard limit `4096,8192`/],
    ['nofile,-1,10', /soft limit `-1`/],
    ['nofile,,10', /soft limit ``/],
    ['nofile,1k,10', /soft limit `1k`/],
    ['nofile,1,18446744073709551616', /hard limit `18446744073709551616`/],
    ['nofile,1,+5', /hard limit `\+5`/],
    ['openfiles,1,2', /`openfiles` is not a resource limit; use one of: cpu, fsize/],
  ])('reports %j', (entry, message) => {
    const yaml = `onboot:\n  - name: a\n    image: x:1\n    rlimits: ["${entry}"]\n`;
    const [d, ...rest] = runRule(invalidRlimit, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'invalid-rlimit', severity: 'error', covers: `"${entry}"`, target: 'container:onboot:a' });
    expect(d.message).toMatch(message);
  });

  it('suggests the limit meant, keeping the other entries', () => {
    const yaml = `services:
  - name: db
    image: x:1
    rlimits:
      - core,0,0
      - RLIMIT_NOFLIE, 1024, 4096
`;
    const [d] = runRule(invalidRlimit, yaml);
    expect(d.covers).toBe('RLIMIT_NOFLIE, 1024, 4096');
    expect(d.message).toContain('did you mean `nofile`?');
    expect(d.fixes).toEqual([
      {
        title: 'Replace with `nofile,1024,4096`',
        command: { type: 'setContainerField', containerId: 'container:services:db', field: 'rlimits', value: ['core,0,0', 'nofile,1024,4096'] },
      },
    ]);
  });
});
