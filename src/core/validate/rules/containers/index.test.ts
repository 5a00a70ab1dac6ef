import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.ts';

const CONTAINER_CODES = [
  'duplicate-service-name',
  'duplicate-container-name',
  'invalid-image-reference',
  'unpinned-image',
  'unknown-capability',
  'invalid-rlimit',
  'unknown-id',
];

const codesOf = (text: string) =>
  analyze(text)
    .diagnostics.filter((d) => CONTAINER_CODES.includes(d.code))
    .map((d) => `${d.code}:${text.slice(d.span.start, d.span.end)}`);

describe('containersRules through analyze()', () => {
  it('say nothing about a clean config', () => {
    const yaml = `kernel:
  image: linuxkit/kernel:6.6.71
  cmdline: "console=ttyS0"
init:
  - linuxkit/init:v1.0.0
onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1.0.0
services:
  - name: web
    image: nginx:1.25
    capabilities: [CAP_NET_BIND_SERVICE]
    rlimits: ["nofile,1024,4096"]
    uid: sysctl
`;
    expect(codesOf(yaml)).toEqual([]);
  });

  it('each report in document order', () => {
    const yaml = `services:
  - name: web
    image: nginx
    capabilities: [net_admin]
    rlimits: ["files,1,2"]
    uid: nobody
  - name: web
    image: "nginx :1"
`;
    expect(codesOf(yaml)).toEqual([
      'unpinned-image:nginx',
      'unknown-capability:net_admin',
      'invalid-rlimit:"files,1,2"',
      'unknown-id:nobody',
      'duplicate-service-name:web',
      'invalid-image-reference:"nginx :1"',
    ]);
  });
});
