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

test('autosave brings text and layout back exactly after a reload', async ({ studio, page }) => {
  await studio.load(MINE);
  await studio.dragNode('volume:data', 40, 120);
  const layout = await layoutOf(page);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await studio.waitReady();
  expect(await studio.text()).toBe(MINE);
  await expect.poll(() => layoutOf(page)).toEqual(layout);
});

test('when the browser refuses to store, the toolbar says the work is not saved', async ({ studio, page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await studio.waitReady();
  await studio.load(MINE);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toContainText('not being saved');
});

test('a second tab does not clobber the first: the tab that is behind is asked, and nothing is lost', async ({ studio, page, context, baseURL }) => {
  await studio.load(MINE);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const second = new Studio(await context.newPage(), baseURL!);
  await second.page.goto('/');
  await second.waitReady();
  expect(await second.text()).toBe(MINE);

  // the second tab saves other work: the first tab stops saving and asks
  await second.load(THEIRS);
  await expect(second.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('tab-conflict')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  expect(await page.evaluate(() => localStorage.getItem('linuxkit-studio:session:v1'))).toContain('name: theirs');

  // keep mine: the first tab's work is saved, and now the second tab is asked
  await page.getByTestId('tab-keep-mine').click();
  await expect(page.getByTestId('tab-conflict')).toBeHidden();
  expect(await studio.text()).toBe(MINE);
  await expect(second.page.getByTestId('tab-conflict')).toBeVisible();
  await second.page.getByTestId('tab-load-theirs').click();
  expect(await second.text()).toBe(MINE);
  // the second tab's own work is one undo away
  await second.page.getByTestId('undo').click();
  await expect.poll(() => second.text()).toBe(THEIRS);
  expect(second.consoleErrors).toEqual([]);
});
