import { expect, test } from './support/studio.ts';

test('the app opens with the example: graph, editor and problems, no console errors, no foreign requests', async ({ studio, page }) => {
  await expect(studio.node('container:services:web')).toBeVisible();
  await expect(studio.node('volume:app-config')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('problems')).toBeVisible();
  await expect(page.locator('[data-testid="problem"][data-severity="error"]')).toHaveCount(0);
  expect(await studio.text()).toContain('name: app-config');
  expect(studio.consoleErrors).toEqual([]);
  expect(studio.foreignRequests).toEqual([]);
});
