import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/studio.ts';

// The tab bar of a build of several files, its remove dialog, and the file tags on the nodes.
const file = (section: string, name: string) => `${section}:\n  - name: ${name}\n    image: linuxkit/${name}:v1\n`;
const LONG_NAMES: [string, string][] = [
  ['base-system-configuration.yml', file('onboot', 'sysctl')],
  ['platform-services-extras.yml', file('services', 'web')],
  ['debugging-tools-overlay.yml', file('services', 'debug')],
  ['network-and-storage-tweaks.yml', 'volumes:\n  - name: data\n'],
];

const yaml = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

async function openBuild(page: Page, files: [string, string][]): Promise<void> {
  await page.getByTestId('open-file-input').setInputFiles(files.map(([n, t]) => yaml(n, t)));
  await expect(page.getByTestId('file-tab')).toHaveCount(files.length);
}

const tab = (page: Page, name: string) => page.locator(`[data-testid="file-tab"][data-file="${name}"]`);

/** How far the page itself is scrolled sideways, and how much wider than the window it is. */
const pageSideways = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollLeft: root.scrollLeft, overflow: root.scrollWidth - window.innerWidth };
  });

/** Whether `inner` lies wholly inside `outer` and inside the window. */
async function wholeInside(inner: Locator, outer: Locator): Promise<boolean> {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  const width = await inner.page().evaluate(() => window.innerWidth);
  return a.x >= Math.max(b.x, 0) - 0.5 && a.x + a.width <= Math.min(b.x + b.width, width) + 0.5;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('four files with long names: the tabs stay inside the editor panel and the page does not scroll sideways', async ({ studio: { page } }) => {
      await openBuild(page, LONG_NAMES);
      const list = page.locator('.file-tabs-list');
      const panel = page.locator('.yaml-editor-wrap');
      expect(await pageSideways(page)).toEqual({ scrollLeft: 0, overflow: 0 });
      expect(await wholeInside(list, panel)).toBe(true);
      await expect(page.getByTestId('add-file')).toBeInViewport({ ratio: 1 });
      expect(await wholeInside(page.locator('[data-testid="file-tab"][aria-current="true"]'), list)).toBe(true);

      // the last file made active with a click on its (partly hidden) tab is scrolled into the list's view
      await tab(page, 'network-and-storage-tweaks.yml').click();
      await expect.poll(() => wholeInside(tab(page, 'network-and-storage-tweaks.yml'), list)).toBe(true);
      expect(await pageSideways(page)).toEqual({ scrollLeft: 0, overflow: 0 });
    });

    test('moving to the last tab with the keyboard scrolls the tab list, never the page', async ({ studio: { page } }) => {
      await openBuild(page, LONG_NAMES);
      const list = page.locator('.file-tabs-list');
      await tab(page, 'base-system-configuration.yml').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      const last = tab(page, 'network-and-storage-tweaks.yml');
      await expect(last).toBeFocused();
      await expect(last).toHaveAttribute('aria-current', 'true');
      await expect.poll(() => wholeInside(last, list)).toBe(true);
      expect(await pageSideways(page)).toEqual({ scrollLeft: 0, overflow: 0 });
      // nothing inside the page was scrolled sideways either: the toolbar and the canvas start at the left edge
      expect((await page.locator('.toolbar').boundingBox())!.x).toBe(0);
      expect((await page.locator('.workspace').boundingBox())!.x).toBe(0);
      await expect(page.getByTestId('add-file')).toBeInViewport({ ratio: 1 });
    });
  });
}

test('Escape on the remove dialog gives the keyboard back to the × that opened it', async ({ studio: { page } }) => {
  await openBuild(page, [
    ['base.yml', file('services', 'web')],
    ['Extra-Debug.yml', 'volumes:\n  - name: data\n'],
  ]);
  const remove = page.locator('[data-file="Extra-Debug.yml"] ~ [data-testid="file-tab-remove"]');
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('remove-file-dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(page.getByTestId('file-tab')).toHaveCount(2);
});

test("after Remove the keyboard goes to the active file's tab, not to the page", async ({ studio: { page } }) => {
  await openBuild(page, [
    ['base.yml', file('services', 'web')],
    ['extra.yml', file('onboot', 'format')],
    ['Extra-Debug.yml', 'volumes:\n  - name: data\n'],
  ]);
  await page.locator('[data-file="Extra-Debug.yml"] ~ [data-testid="file-tab-remove"]').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('remove-file-confirm').click();
  await expect(page.getByTestId('file-tab')).toHaveCount(2);
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toBeFocused();
});

test("the remove dialog's title keeps the file name's case, and says plainly what removing does", async ({ studio: { page } }) => {
  await openBuild(page, [
    ['base.yml', file('services', 'web')],
    ['Extra-Debug.yml', 'volumes:\n  - name: data\n'],
  ]);
  await page.locator('[data-file="Extra-Debug.yml"] ~ [data-testid="file-tab-remove"]').click();
  const dialog = page.getByTestId('remove-file-dialog');
  // innerText is the text as drawn, after CSS text-transform
  expect(await dialog.locator('h2').evaluate((h) => (h as HTMLElement).innerText)).toBe('Remove Extra-Debug.yml from the build?');
  await expect(dialog).toContainText('The studio will no longer hold its text. Download it first if you have not saved it elsewhere.');
});

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
