import { describe, expect, it } from 'vitest';
import { duplicateServiceName } from './duplicateServiceName.ts';
import { runRule } from './ruleTesting.ts';

describe('duplicate-service-name', () => {
  it('accepts distinct service names, and a service sharing a name with an onboot container', () => {
    const yaml = `onboot:
  - name: web
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.25
  - name: db
    image: redis:7
`;
    expect(runRule(duplicateServiceName, yaml)).toEqual([]);
  });

  it('reports the later of two services with one name, on its name value, with a rename fix', () => {
    const yaml = `services:
  - name: web
    image: nginx:1.25
  - name: "web"   # copy
    image: nginx:1.26
  - name: web-2
    image: busybox:1.36
`;
    const [d, ...rest] = runRule(duplicateServiceName, yaml);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'duplicate-service-name',
      severity: 'error',
      covers: '"web"',
      target: 'container:services:web#2',
    });
    expect(d.message).toContain('`web-3`');
    expect(d.fixes).toEqual([
      { title: 'Rename to `web-3`', command: { type: 'renameContainer', containerId: 'container:services:web#2', newName: 'web-3' } },
    ]);
  });

  it('reports each further duplicate with a different suggested name', () => {
    const yaml = `services:
  - {name: a, image: x:1}
  - {name: a, image: x:1}
  - {name: a, image: x:1}
`;
    const found = runRule(duplicateServiceName, yaml);
    expect(found.map((d) => d.target)).toEqual(['container:services:a#2', 'container:services:a#3']);
    expect(found.map((d) => d.fixes[0].command)).toEqual([
      { type: 'renameContainer', containerId: 'container:services:a#2', newName: 'a-2' },
      { type: 'renameContainer', containerId: 'container:services:a#3', newName: 'a-3' },
    ]);
  });
});
