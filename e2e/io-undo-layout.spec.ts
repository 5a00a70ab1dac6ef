import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, Studio, test } from './support/studio.ts';

const MINE = `services:
  - name: mine
    image: nginx:1.27
    binds:
      - data:/srv
volumes:
  - name: data
`;
const THEIRS = MINE.replace('name: mine', 'name: theirs');

async function layoutOf(page: Page): Promise<Record<string, string>> {
  const entries = await page
    .locator('.react-flow__node:not(.react-flow__node-lane)')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-id') ?? '', (e as HTMLElement).style.transform] as const));
  return Object.fromEntries(entries);
}

/** A share link as the app makes them: `#lks1.` + base64url(deflate-raw(JSON)). */
function shareLinkOf(text: string, positions: Record<string, { x: number; y: number }>): string {
  return `/#lks1.${deflateRawSync(Buffer.from(JSON.stringify({ t: text, p: positions }))).toString('base64url')}`;
}

test('undoing an opened share link brings back the previous text and its layout; redo the shared one', async ({ studio, page }) => {
  await studio.load(MINE);
  await studio.dragNode('volume:data', 60, 140);
  await studio.dragNode('container:services:mine', -40, 90);
  const mine = await layoutOf(page);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // the link's layout puts the shared volume somewhere else
  await page.goto(shareLinkOf(THEIRS, { 'volume:data': { x: 900, y: 40 }, 'container:services:theirs': { x: 60, y: 500 } }));
  await page.getByTestId('share-open').click();
  await expect.poll(() => studio.text()).toBe(THEIRS);
  await expect.poll(async () => (await layoutOf(page))['volume:data']).not.toBe(mine['volume:data']);
  const shared = await layoutOf(page);

  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).toBe(MINE);
  await expect.poll(() => layoutOf(page)).toEqual(mine);
  await page.getByTestId('redo').click();
  await expect.poll(() => studio.text()).toBe(THEIRS);
  await expect.poll(() => layoutOf(page)).toEqual(shared);
  expect(studio.consoleErrors).toEqual([]);
});

test("undoing \"Load theirs\" brings back this tab's text and its layout", async ({ studio, page, context, baseURL }) => {
  await studio.load(MINE);
  await studio.dragNode('volume:data', 60, 140);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const mine = await layoutOf(page);

  // another tab saves other work with another layout: this tab is asked
  const other = new Studio(await context.newPage(), baseURL!);
  await other.page.goto('/');
  await other.waitReady();
  await other.load(THEIRS);
  await other.dragNode('volume:data', 220, -60);
  await expect(other.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('tab-conflict')).toBeVisible();

  await page.getByTestId('tab-load-theirs').click();
  await expect.poll(() => studio.text()).toBe(THEIRS);
  await expect.poll(async () => (await layoutOf(page))['volume:data']).not.toBe(mine['volume:data']);
  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).toBe(MINE);
  await expect.poll(() => layoutOf(page)).toEqual(mine);
  expect(studio.consoleErrors).toEqual([]);
});
