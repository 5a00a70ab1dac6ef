import { readFileSync } from 'node:fs';
import { expect, test } from './support/studio.ts';

const examples = ['config-sharing', 'log-collection', 'data-pipeline', 'oci-volume', 'minimal-system'];
const exampleText = (id: string) => readFileSync(new URL(`../src/app/examples/${id}.yml`, import.meta.url), 'utf8');

test('a first visit opens the configuration-sharing example, volumes at work', async ({ studio, page }) => {
  expect(await studio.text()).toBe(exampleText('config-sharing'));
  await expect(studio.edgeLabel('mount:services:web:/etc/nginx/conf.d')).toBeVisible();
  await expect(studio.edgeLabel('mount:services:api:/etc/api')).toBeVisible();
  await expect(page.locator('[data-testid="problem"]')).toHaveCount(0);
});

test('each example of the gallery loads with zero problems and a graph without overlapping nodes', async ({ studio, page }) => {
  for (const id of examples) {
    await page.getByTestId('examples').click();
    await page.getByTestId(`example-${id}`).click();
    await expect(page.getByTestId('examples-dialog')).toBeHidden();
    await expect.poll(() => studio.text(), { message: id }).toBe(exampleText(id));
    await expect(page.locator('[data-testid="problem"]'), id).toHaveCount(0);
    const boxes = await page
      .locator('.react-flow__node:not(.react-flow__node-lane)')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), ...e.getBoundingClientRect().toJSON() }) as { id: string; x: number; y: number; width: number; height: number }));
    expect(boxes.length, id).toBeGreaterThan(2);
    const overlaps = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.id} ${b.id}`),
    );
    expect(overlaps, id).toEqual([]);
  }
  expect(studio.consoleErrors).toEqual([]);
});

test('explain mode tells what a volume and a mount do at build and run time', async ({ studio, page }) => {
  await page.getByTestId('explain-toggle').click();
  const panel = page.getByTestId('explain');
  await expect(panel).toContainText('Select a volume');

  await studio.node('volume:app-config').locator('.node-header').click();
  await expect(panel).toContainText('Volume app-config (image contents)');
  await expect(panel).toContainText('unpacks its files into the volume');
  await expect(panel).toContainText('must mount it read-only');
  await expect(panel).toContainText('web (service) sees it at /etc/nginx/conf.d, read-only.');

  await studio.node('volume:cache').locator('.node-header').click();
  await expect(panel).toContainText('creates an empty folder for cache');

  await studio.edgeLabel('mount:services:api:/etc/api').click();
  await expect(panel).toContainText('The files of ghcr.io/example/app-config:1.3.0');
  await expect(panel).toContainText('services start after every onboot step has finished');

  await page.getByTestId('explain-toggle').click();
  await expect(panel).toHaveCount(0);
});
