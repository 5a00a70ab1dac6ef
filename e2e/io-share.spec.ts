import type { Page } from '@playwright/test';
import { expect, Studio, test } from './support/studio.ts';

const CONFIG = `# shared with a colleague
services:
  - name: web
    image: nginx:1.27 # ünïcödé
    binds:
      - app-config:/etc/nginx/conf.d:ro
volumes:
  - name: app-config
    image: example/app-config:1.3.0
    readonly: true
`;

async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('notice')).toContainText('Share link copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a share link opened in a fresh browser reproduces the config and layout exactly; the server never sees it', async ({ studio, page, browser }) => {
  await studio.load(CONFIG);
  await studio.dragNode('volume:app-config', 70, 110);
  const layout = await studio.layout();
  const link = await shareLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#lks1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const visitor = new Studio(await fresh.newPage(), new URL(link).origin);
  const requested: string[] = [];
  visitor.page.on('request', (r) => requested.push(r.url()));
  await visitor.page.goto(link);
  await visitor.waitReady();
  expect(await visitor.text()).toBe(CONFIG);
  await expect.poll(() => visitor.layout()).toEqual(layout);
  expect(requested.filter((u) => u.includes('lks1'))).toEqual([]);
  expect(visitor.page.url()).not.toContain('#lks1');
  expect(visitor.consoleErrors).toEqual([]);
  await fresh.close();
});

test('opening a link over autosaved work asks first; keeping my work changes nothing, opening is undoable', async ({ studio, page, context }) => {
  await studio.load(CONFIG);
  const link = await shareLink(page);
  const other = CONFIG.replace('name: web', 'name: mine');
  await studio.load(other);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // a new tab with the link: the autosaved work opens, the shared config is offered
  const tab = new Studio(await context.newPage(), new URL(link).origin);
  await tab.page.goto(link);
  await tab.waitReady();
  await expect(tab.page.getByTestId('share-offer')).toBeVisible();
  await tab.page.getByTestId('share-keep-mine').click();
  expect(await tab.text()).toBe(other);

  // the link pasted into the address bar of an open tab (only the hash changes)
  await tab.page.goto(link);
  await tab.page.getByTestId('share-open').click();
  await expect.poll(() => tab.text()).toBe(CONFIG);
  await tab.page.getByTestId('undo').click();
  await expect.poll(() => tab.text()).toBe(other);
});

test('a config too large for a link says so, and a damaged link loads nothing', async ({ studio, page }) => {
  // random notes compress badly: about 60,000 characters need more than 32 KiB in a link
  let text = 'services: []\n';
  for (let i = 0; i < 600; i++) text += `# ${Array.from({ length: 10 }, () => Math.random().toString(36).slice(2, 12)).join('')}\n`;
  await studio.load(text);
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('notice')).toContainText('too large for a link');
  await expect(page.getByTestId('notice')).toContainText('at most 32 KiB');

  await page.goto('/#lks1.bm90IGEgbGluaw');
  await expect(page.getByTestId('notice')).toContainText('damaged');
  expect(await studio.text()).toBe(text);
});
