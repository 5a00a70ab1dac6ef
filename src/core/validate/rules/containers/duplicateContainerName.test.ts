import { describe, expect, it } from 'vitest';
import { duplicateContainerName } from './duplicateContainerName.ts';
import { runRule } from './ruleTesting.ts';

describe('duplicate-container-name', () => {
  it('accepts distinct names, and leaves two services with one name to duplicate-service-name', () => {
    const yaml = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1
services:
  - name: web
    image: nginx:1.25
  - name: web
    image: nginx:1.25
`;
    expect(runRule(duplicateContainerName, yaml)).toEqual([]);
  });

  it('warns on the later of two onboot containers with one name', () => {
    const yaml = `onboot:
  - name: format
    image: linuxkit/format:v1
  - name: format
    image: linuxkit/format:v1
`;
    const [d, ...rest] = runRule(duplicateContainerName, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'duplicate-container-name',
      severity: 'warning',
      covers: 'format',
      target: 'container:onboot:format#2',
    });
    expect(d.message).toMatch(/Another `onboot` container is also named `format`.*uid/);
    expect(d.fixes[0].command).toEqual({ type: 'renameContainer', containerId: 'container:onboot:format#2', newName: 'format-2' });
  });

  it('warns across sections, on whichever comes later in the document', () => {
    const yaml = `services:
  - name: dhcpcd
    image: linuxkit/dhcpcd:v1
onshutdown:
  - name: dhcpcd
    image: busybox:1.36
`;
    const [d, ...rest] = runRule(duplicateContainerName, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ covers: 'dhcpcd', target: 'container:onshutdown:dhcpcd' });
    expect(d.message).toContain('A container in `services` is also named `dhcpcd`');
  });

  it('warns on a service that repeats an onboot name, but not again on a second such service', () => {
    const yaml = `onboot:
  - name: x
    image: a:1
services:
  - name: x
    image: a:1
  - name: x
    image: a:1
`;
    expect(runRule(duplicateContainerName, yaml).map((d) => d.target)).toEqual(['container:services:x']);
  });
});
