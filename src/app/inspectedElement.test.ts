import { describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze.ts';
import { inspectedElement } from './inspectedElement.ts';

const { model } = analyze(`services:
  - name: web
    image: nginx:1.27
    binds:
      - cache:/var/cache
  - name: api
    image: api:1
volumes:
  - name: cache
`).parsed;
const mount = model.mounts[0].id;

describe('inspectedElement', () => {
  it('inspects the one selected element', () => {
    expect(inspectedElement(['container:services:api'], model)).toBe('container:services:api');
  });
  it('inspects the mount when a mount is selected with its own container, in either order', () => {
    expect(inspectedElement([mount, 'container:services:web'], model)).toBe(mount);
    expect(inspectedElement(['container:services:web', mount], model)).toBe(mount);
  });
  it('inspects nothing for a mount with another container, two containers, or nothing', () => {
    expect(inspectedElement([mount, 'container:services:api'], model)).toBeNull();
    expect(inspectedElement(['container:services:web', 'container:services:api'], model)).toBeNull();
    expect(inspectedElement([], model)).toBeNull();
  });
});
