import { expect, test } from './support/studio.ts';

const CONFIG = `services:
  - name: web
    image: nginx:1.27-alpine
volumes:
  - name: site # filled from an image
    image: example/site:1.0
    readonly: true
  - name: scratch
`;

test('connecting a read-only volume writes a :ro bind and the mount read-only box is locked', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:site', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/site')).toContainText('ro');
  expect(await studio.text()).toBe(CONFIG.replace('    image: nginx:1.27-alpine\n', '    image: nginx:1.27-alpine\n    binds:\n      - site:/site:ro\n'));
  await studio.edgeLabel('mount:services:web:/site').click();
  const readOnly = studio.inspector().getByTestId('field-mount-readonly');
  await expect(readOnly).toBeChecked();
  await expect(readOnly).toBeDisabled();
  await expect(studio.inspector()).toContainText('Volume `site` is read-only');
});

test('a writable volume gives a writable mount whose read-only box can be ticked', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:scratch', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/scratch')).toContainText('rw');
  await studio.edgeLabel('mount:services:web:/scratch').click();
  const readOnly = studio.inspector().getByTestId('field-mount-readonly');
  await expect(readOnly).toBeEnabled();
  await expect(readOnly).not.toBeChecked();
  await readOnly.check();
  await expect(studio.edgeLabel('mount:services:web:/scratch')).toContainText('ro');
  expect(await studio.text()).toBe(CONFIG.replace('    image: nginx:1.27-alpine\n', '    image: nginx:1.27-alpine\n    binds:\n      - scratch:/scratch:ro\n'));
});
