import { expect, test } from './support/studio.ts';

test('palette items, nodes and toolbar buttons have accessible names', async ({ studio, page }) => {
  await expect(page.getByRole('button', { name: 'Add onboot container' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add blank volume' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add getty' })).toBeVisible();
  // React Flow gives nodes the group role; the name says what the node is
  await expect(page.getByRole('group', { name: 'services container web' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'read-only volume app-config' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'volume cache' })).toBeVisible();
  for (const name of ['Undo', 'Redo', 'Auto-layout', 'Export', 'Share link']) {
    await expect(page.getByRole('toolbar').getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'mount /etc/nginx/conf.d ro, read-only' })).toBeVisible();
  expect(studio.consoleErrors).toEqual([]);
});

test('a palette item is usable from the keyboard: focus it and press Enter to add', async ({ studio, page }) => {
  const before = (await studio.nodeIds()).filter((id) => id.startsWith('volume:'));
  const item = page.getByRole('button', { name: 'Add blank volume' });
  await item.focus();
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await studio.nodeIds()).filter((id) => id.startsWith('volume:')).length).toBe(before.length + 1);
  const text = await studio.text();
  const added = (await studio.nodeIds()).find((id) => id.startsWith('volume:') && !before.includes(id))!;
  expect(text).toContain(`  - name: ${added.slice('volume:'.length)}\n`);
});

test('the theme follows the system setting by default, and the toggle switches light and dark', async ({ page, studio }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: /^Theme/ });
  await expect(toggle).toHaveText('Theme: system');
  await page.emulateMedia({ colorScheme: 'dark' });
  await toggle.click();
  await expect(toggle).toHaveText('Theme: light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(studio.consoleErrors).toEqual([]);
});
