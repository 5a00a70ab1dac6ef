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
  await page.getByTestId('minimap-toggle').click();
  await expect(minimap).toBeVisible();
  const node = studio.node('container:services:services-1');
  await node.locator('.node-header').click();
  await expect(studio.inspector().getByTestId('field-name')).toHaveValue('services-1');
  const bottomRight = (await minimap.boundingBox())!;

  // the selected node comes to lie where the minimap was: the minimap goes to the top corner
  await panTo(page, node, centre(bottomRight));
  await expect.poll(async () => overlap((await node.boundingBox())!, bottomRight)).toBe(true);
  await expect(minimap).toBeVisible();
  const topRight = (await minimap.boundingBox())!;
  expect(topRight.y).toBeLessThan(bottomRight.y);
  expect(overlap((await node.boundingBox())!, topRight)).toBe(false);

  // the node taken up under the top corner: the minimap goes back down
  await panTo(page, node, centre(topRight));
  await expect.poll(async () => overlap((await node.boundingBox())!, topRight)).toBe(true);
  await expect.poll(async () => (await minimap.boundingBox())?.y).toBe(bottomRight.y);
  expect(overlap((await node.boundingBox())!, (await minimap.boundingBox())!)).toBe(false);
});
