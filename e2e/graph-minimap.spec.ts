import type { Locator, Page } from '@playwright/test';
import { generatedConfig } from './support/generatedConfig.ts';
import { expect, test } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** A point of the canvas where a drag pans the view (empty pane, no node, lane or overlay). */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.y + 30; y < pane.bottom - 30; y += 20) {
      for (let x = pane.x + 60; x < pane.right - 200; x += 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no empty spot on the canvas');
  return point;
}

/** Pans the view with the mouse (as a user drags the background) so that `target` comes to `to`. */
async function panTo(page: Page, target: Locator, to: { x: number; y: number }): Promise<void> {
  const from = centre((await target.boundingBox())!);
  const start = await emptyPanePoint(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + to.x - from.x, start.y + to.y - from.y, { steps: 10 });
  await page.mouse.up();
}

test('the minimap moves to the other corner whenever the selected node would lie under it', async ({ studio, page }) => {
  await studio.load(generatedConfig(20));
  const minimap = page.locator('.react-flow__minimap');
  // the whole build is in view, so the minimap waits for the user to ask for it
  await expect(minimap).toHaveCount(0);
  const node = studio.node('container:services:services-1');
  await node.locator('.node-header').click();
  await expect(studio.inspector().getByTestId('field-name')).toHaveValue('services-1');
  await page.getByTestId('minimap-toggle').click();
  await expect(minimap).toBeVisible();
  const first = (await minimap.boundingBox())!;

  // the selected node comes to lie where the minimap was: the minimap goes to the other corner
  await panTo(page, node, centre(first));
  await expect.poll(async () => overlap((await node.boundingBox())!, first)).toBe(true);
  await expect(minimap).toBeVisible();
  await expect.poll(async () => (await minimap.boundingBox())!.y).not.toBe(first.y);
  const second = (await minimap.boundingBox())!;
  expect(overlap((await node.boundingBox())!, second)).toBe(false);

  // the node taken up under that corner: the minimap goes back
  await panTo(page, node, centre(second));
  await expect.poll(async () => overlap((await node.boundingBox())!, second)).toBe(true);
  await expect.poll(async () => (await minimap.boundingBox())?.y).toBe(first.y);
  expect(overlap((await node.boundingBox())!, (await minimap.boundingBox())!)).toBe(false);
});

test('a minimap that comes by itself never hides a node: it takes an empty corner or stays away', async ({ studio, page }) => {
  await studio.load(generatedConfig(20));
  const minimap = page.locator('.react-flow__minimap');
  const nodes = page.locator('.react-flow__node:not(.react-flow__node-lane)');
  const hiddenNodes = async () => {
    if ((await minimap.count()) === 0) return 0;
    const map = (await minimap.boundingBox())!;
    const boxes = await nodes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as Box));
    return boxes.filter((b) => overlap(b, map)).length;
  };
  // zoomed in around the middle of the canvas, part of the build is out of view: the minimap may come
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 3; i += 1) await page.mouse.wheel(0, -300);
  const toggle = page.getByTestId('minimap-toggle');
  // wherever the view goes, the minimap is either away or over empty canvas, and the button says which
  const node = studio.node('container:services:services-1');
  let seen = false;
  for (const to of [{ x: pane.x + pane.width - 90, y: pane.y + pane.height - 60 }, { x: pane.x + pane.width - 90, y: pane.y + 60 }, { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 }]) {
    await panTo(page, node, to);
    await expect.poll(hiddenNodes).toBe(0);
    const visible = await minimap.isVisible();
    seen ||= visible;
    await expect(toggle).toHaveAttribute('aria-pressed', String(visible));
    // away while part of the build is out of view: the button says where to find it
    if (!visible) await expect(toggle).toHaveAccessibleName('Show the minimap: part of the build is out of view');
  }
  // asked for, it shows even where it must cover nodes nobody works on, and closes for good
  if (!(await minimap.isVisible())) await toggle.click();
  await expect(minimap).toBeVisible();
  await toggle.click();
  await expect(minimap).toHaveCount(0);
  await panTo(page, node, { x: pane.x + pane.width / 2, y: pane.y + pane.height / 3 });
  await expect(minimap).toHaveCount(0);
  expect(seen).toBe(true);
});
