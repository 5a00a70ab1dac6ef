import { expect, test } from './support/studio.ts';

const BASE = `# my config
kernel:
  image: linuxkit/kernel:6.12.59 # pinned
init:
  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a
onboot:
  # network first
  - name: dhcpcd
    image: linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb
services:
  - name: web
    image: nginx:1.27-alpine # the site
`;

test('dragging an onboot container from the palette into the onboot lane adds it to the YAML and selects it', async ({ studio, page }) => {
  await studio.load(BASE);
  await studio.dragFromPalette('palette-container-onboot', studio.lane('onboot'));
  const text = await studio.text();
  expect(text.startsWith(BASE.split('services:')[0].trimEnd())).toBe(true);
  expect(text).toContain('# network first');
  expect(text).toContain('image: nginx:1.27-alpine # the site');
  const ids = await studio.nodeIds();
  const added = ids.filter((id) => id.startsWith('container:onboot:') && id !== 'container:onboot:dhcpcd');
  expect(added).toHaveLength(1);
  await expect(studio.node(added[0])).toHaveClass(/selected/);
  await expect(studio.inspector().getByTestId('field-name')).toBeVisible();
  expect(studio.consoleErrors).toEqual([]);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'ok');
});

test('dropping a service onto the canvas picks the lane where it lands', async ({ studio }) => {
  await studio.load(BASE);
  await studio.dragFromPalette('palette-container-services', studio.lane('services'));
  const text = await studio.text();
  const services = text.slice(text.indexOf('services:'));
  expect(services.match(/- name:/g)).toHaveLength(2);
});

test('dragging blank and image volumes adds valid, unique volumes', async ({ studio }) => {
  await studio.load(BASE);
  await studio.dragFromPalette('palette-volume-blank', studio.lane('volumes'));
  await studio.dragFromPalette('palette-volume-blank', studio.lane('volumes'));
  await studio.dragFromPalette('palette-volume-image', studio.lane('volumes'));
  const text = await studio.text();
  const volumes = text.slice(text.indexOf('volumes:'));
  const names = [...volumes.matchAll(/- name: (\S+)/g)].map((m) => m[1]);
  expect(names).toHaveLength(3);
  expect(new Set(names).size).toBe(3);
  for (const n of names) expect(n).toMatch(/^[a-z0-9_-]+$/);
  expect(volumes).toMatch(/image: \S+/);
  const volumeNodes = (await studio.nodeIds()).filter((id) => id.startsWith('volume:'));
  expect(volumeNodes).toHaveLength(3);
});

test('a click on a palette item adds it once to its section and selects it; a drag adds it once too', async ({ studio, page }) => {
  await studio.load(BASE);
  await page.getByTestId('palette-container-services').click();
  await expect.poll(async () => (await studio.nodeIds()).filter((id) => id.startsWith('container:services:'))).toHaveLength(2);
  const added = (await studio.nodeIds()).find((id) => id.startsWith('container:services:') && id !== 'container:services:web')!;
  await expect(studio.node(added)).toHaveClass(/selected/);
  await page.getByTestId('palette-volume-blank').click();
  await expect.poll(async () => (await studio.nodeIds()).filter((id) => id.startsWith('volume:'))).toHaveLength(1);
  await studio.dragFromPalette('palette-container-services', studio.lane('services'));
  const text = await studio.text();
  expect(text.slice(text.indexOf('services:'), text.indexOf('volumes:')).match(/- name:/g)).toHaveLength(3);
  expect(text.slice(text.indexOf('volumes:')).match(/- name:/g)).toHaveLength(1);
});
