import type { Page } from '@playwright/test';
import { expect, test } from './support/studio.ts';

// The file tags on the nodes of a build of several files.
const file = (section: string, name: string) => `${section}:\n  - name: ${name}\n    image: linuxkit/${name}:v1\n`;
const yaml = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

async function openBuild(page: Page, files: [string, string][]): Promise<void> {
  await page.getByTestId('open-file-input').setInputFiles(files.map(([n, t]) => yaml(n, t)));
  await expect(page.getByTestId('file-tab')).toHaveCount(files.length);
}

test("a node's file tag sits clear of the node's top border and is at least 12 px", async ({ studio, page }) => {
  await openBuild(page, [
    ['base.yml', file('services', 'web')],
    ['platform-services-extras.yml', 'volumes:\n  - name: data\n'],
  ]);
  for (const id of ['container:services:web', 'volume:data']) {
    const node = studio.node(id);
    await node.click(); // selected: the outline is drawn too
    const tag = node.getByTestId('node-file');
    const a = (await tag.boundingBox())!;
    const b = (await node.locator('.node').boundingBox())!;
    // the header starts right under the top border (on screen, at the canvas's zoom)
    const header = (await node.locator('.node-header').boundingBox())!;
    expect(header.y).toBeGreaterThan(b.y);
    // below the top border (and so below the selection outline above it), inside the node
    expect(a.y).toBeGreaterThanOrEqual(header.y - 0.5);
    expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width);
    expect(parseFloat(await tag.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(12);
    // a long name is cut, and the whole name is in its title
    await expect(tag).toHaveAttribute('title', /platform-services-extras\.yml|base\.yml/);
  }
  const long = studio.node('volume:data').getByTestId('node-file');
  await expect(long).toHaveText('platform-services-extras.yml');
  expect(await long.evaluate((e) => getComputedStyle(e).textOverflow)).toBe('ellipsis');
});
