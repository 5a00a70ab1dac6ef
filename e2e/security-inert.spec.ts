import { expect, test } from './support/studio.ts';

// Names, images, paths and comments carrying markup must show as text everywhere.
const PAYLOAD = `# <img src=x onerror="window.__xss=1"> comment
services:
  - name: "<img src=x onerror=window.__xss=2>"
    image: "nginx:<script>window.__xss=3</script>"
    binds:
      - "<svg onload=window.__xss=4>:/srv/<b>bold</b>"
    env:
      - "A=<iframe src=javascript:window.__xss=5>"
volumes:
  - name: "<script>window.__xss=6</script>"
`;

test('markup in names, images, paths and comments stays inert in nodes, problems and inspector', async ({ studio, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await studio.load(PAYLOAD);
  await expect(page.locator('[data-testid="problem"]').first()).toBeVisible();
  // every problem message is plain text
  await expect(page.getByTestId('problems')).toContainText('<');
  // open the container in the inspector
  const container = page.locator('.react-flow__node-container').first();
  await container.locator('.node-header').click();
  await expect(studio.inspector()).toContainText('<img src=x onerror=window.__xss=2>');
  // no element from the payload exists in the page, and nothing ran
  expect(await page.locator('img[src="x"], iframe, script:not([src]), svg[onload], b:text("bold")').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(studio.foreignRequests).toEqual([]);
});
