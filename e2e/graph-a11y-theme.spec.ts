import type { Page } from '@playwright/test';
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
  await expect(page.getByRole('button', { name: 'mount /etc/nginx/conf.d ro (read-only)' })).toBeVisible();
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

/** The longest transition or animation any element of the page has, in seconds. */
function longestMotion(page: Page): Promise<number> {
  return page.evaluate(() => {
    const seconds = (v: string) => Math.max(0, ...v.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d)) || 0));
    let longest = 0;
    for (const el of document.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.transitionProperty !== 'none' && style.transitionProperty !== '') longest = Math.max(longest, seconds(style.transitionDuration));
      if (style.animationName !== 'none') longest = Math.max(longest, seconds(style.animationDuration));
    }
    return longest;
  });
}

/** Whether the editor's caret was seen shown and seen hidden while sampled for two blink periods. */
function caretSightings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const caret = document.querySelector<HTMLElement>('[data-testid="yaml-editor"] .cursors-layer .cursor');
      if (caret) seen.add(getComputedStyle(caret).visibility);
      await new Promise((r) => setTimeout(r, 50));
    }
    return [...seen].sort();
  });
}

test('with reduced motion asked for, nothing on the page moves for longer than an instant and the caret stops blinking', async ({ studio, page }) => {
  await studio.setCursor(2, 3);
  expect(await caretSightings(page)).toEqual(['hidden', 'visible']); // it blinks
  expect(await longestMotion(page)).toBeGreaterThan(0.05); // Monaco's own fades: the measure sees motion when there is some
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await longestMotion(page)).toBeLessThanOrEqual(0.0001);
  expect(await caretSightings(page)).toEqual(['visible']);
  // the setting is followed as it changes, without a reload
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(() => caretSightings(page)).toEqual(['hidden', 'visible']);
});

test('with more contrast asked for, borders are thicker and muted text is plain text, in both themes', async ({ studio, page }) => {
  const node = studio.node('container:services:web').locator('.node');
  const hint = page.locator('.lane-hint').first();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, contrast: 'no-preference' });
    await expect(node).toHaveCSS('border-right-width', '1px');
    const muted = await hint.evaluate((el) => getComputedStyle(el).color);
    await page.emulateMedia({ colorScheme, contrast: 'more' });
    await expect(node).toHaveCSS('border-right-width', '2px');
    await expect(hint).not.toHaveCSS('color', muted);
    await expect(hint).toHaveCSS('color', colorScheme === 'light' ? 'rgb(28, 36, 48)' : 'rgb(230, 234, 240)');
  }
});
