import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/studio.ts';

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'linuxkit');

/** The getty tags real LinuxKit configs pin. */
function gettyTagsInRealConfigs(): Set<string> {
  const tags = new Set<string>();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.yml'))) {
    for (const m of readFileSync(join(CORPUS, file), 'utf8').matchAll(/linuxkit\/getty:([0-9a-f]{40})/g)) tags.add(m[1]);
  }
  return tags;
}

const BASE = `# no getty yet
onboot:
  - name: dhcpcd
    image: linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb
services:
  - name: web
    image: nginx:1.27-alpine # the site
`;

test('dragging the getty package adds a service with a tag pinned like real configs, showing the image defaults', async ({ studio }) => {
  await studio.load(BASE);
  await studio.dragFromPalette('palette-package-getty', studio.lane('services'));
  await expect(studio.node('container:services:getty')).toBeVisible();
  const text = await studio.text();
  const tag = /linuxkit\/getty:(\S+)/.exec(text)?.[1] ?? '';
  expect(gettyTagsInRealConfigs()).toContain(tag);
  expect(text).toBe(`${BASE}  - name: getty\n    image: linuxkit/getty:${tag}\n`);
  const defaults = studio.node('container:services:getty').locator('.package-defaults');
  await expect(defaults).toContainText('image defaults');
  await expect(defaults).not.toHaveClass(/is-replaced/);
});

test('a package container with binds: marks its image defaults as replaced; binds.add does not', async ({ studio }) => {
  const config = `services:
  - name: getty
    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0
    binds:
      - /etc/resolv.conf:/etc/resolv.conf
  - name: getty2
    image: linuxkit/getty:a86d74c8f89be8956330c3b115b0b1f2e09ef6e0
    binds.add:
      - /var/log:/var/log
`;
  await studio.load(config);
  const replaced = studio.node('container:services:getty').locator('.package-defaults');
  await expect(replaced).toHaveClass(/is-replaced/);
  await expect(replaced).toContainText('binds replaced');
  await expect(studio.node('container:services:getty2').locator('.package-defaults')).not.toHaveClass(/is-replaced/);
  await expect(studio.page.locator('[data-testid="problem"][data-code="binds-replace-image-defaults"]')).toHaveCount(1);
});
