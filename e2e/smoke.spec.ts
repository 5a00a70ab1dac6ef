import { expect, test } from '@playwright/test';

test('the app page loads without console errors or foreign requests', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'LinuxKit Studio' })).toBeVisible();
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
