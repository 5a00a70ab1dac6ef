import type { Locator } from '@playwright/test';
import { expect, test } from './support/studio.ts';

// At laptop sizes nothing the user needs is cut off, and messages do not shift the layout.
const BROKEN = `onboot:
  - name: init
    image: alpine:3.20
    binds:
      - settings:/settings:rw
      - dta:/dta
services:
  - name: web
    image: alpine:3.20
    binds:
      - logs:/logs
volumes:
  - name: settings
    image: alpine:3.20
    readonly: true
  - name: logs
`;

/** Whether `inner` lies wholly inside `outer` on screen, and is what the pointer would hit at its centre. */
async function wholeAndOnTop(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const inside = a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
  const hit = await inner.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x, y)), [a.x + a.width / 2, a.y + a.height / 2]);
  return inside && hit;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the quick-fix menu shows every fix whole, inside the window', async ({ studio, page }) => {
      await studio.load(BROKEN);
      await studio.setCursor(5, 30); // on `rw` of settings:/settings:rw
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await expect(menu).toContainText('Make volume `settings` writable');
      const titles = menu.locator('.monaco-list-row.action .title');
      expect(await titles.count()).toBe(2);
      for (const cut of await titles.evaluateAll((els) => els.map((e) => e.scrollWidth > e.clientWidth))) expect(cut).toBe(false);
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await expect(menu.getByText('Make volume `settings` writable')).toBeVisible();
    });

    test("the inspector's Delete button stays in sight for a mount with long messages", async ({ studio, page }) => {
      await studio.load(BROKEN);
      await studio.edgeLabel('mount:onboot:init:/settings').click();
      await expect(studio.inspector().getByTestId('field-destination')).toHaveValue('/settings');
      const remove = studio.inspector().getByTestId('inspector-delete');
      await expect(remove).toHaveText('Delete mount');
      expect(await wholeAndOnTop(remove, page.locator('.side-top'))).toBe(true);
      await remove.click();
      await expect(studio.edgeLabel('mount:onboot:init:/settings')).toHaveCount(0);
    });

    test("the inspector's Delete button stays in sight for a container", async ({ studio, page }) => {
      await studio.load(BROKEN);
      await studio.node('container:onboot:init').click();
      const remove = studio.inspector().getByTestId('inspector-delete');
      await expect(remove).toHaveText('Delete container');
      expect(await wholeAndOnTop(remove, page.locator('.side-top'))).toBe(true);
    });
  });
}

test('a refused rename says why without moving the layout', async ({ studio, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await studio.load(BROKEN);
  await studio.node('container:services:web').click();
  const workspace = page.locator('main.workspace');
  const before = await workspace.boundingBox();
  const name = studio.inspector().getByTestId('field-name');
  await name.fill('bad name!');
  await name.press('Enter');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('`bad name!` is not a valid container name');
  expect(await workspace.boundingBox()).toEqual(before);
  // the notice can be read whole over the graph and dismissed; the field it is about is not covered
  expect(await wholeAndOnTop(notice, page.locator('.canvas-area'))).toBe(true);
  expect(await wholeAndOnTop(name, page.locator('.side-top'))).toBe(true);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(await workspace.boundingBox()).toEqual(before);
});

test("the editor's sticky-scroll header reaches the editor's right edge, so no scrolled line shows beside it", async ({ studio, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  let config = 'services:\n';
  for (let i = 0; i < 12; i++) {
    config += `  - name: svc${i}\n    image: alpine:3.20\n    binds:\n      - /var/log/a-long-host-path-of-service-${i}-that-runs-under-the-scrollbar:/var/log:ro\n`;
  }
  await studio.load(config);
  await studio.editor().locator('.view-lines').hover();
  await page.mouse.wheel(0, 200);
  const header = studio.editor().locator('.sticky-widget');
  await expect(header).toContainText('name: svc');
  const editor = (await studio.editor().locator('.monaco-editor').boundingBox())!;
  const box = (await header.boundingBox())!;
  expect(box.x).toBeCloseTo(editor.x, 0);
  expect(box.x + box.width).toBeCloseTo(editor.x + editor.width, 0);
});

test('the inspector can be made taller than its first 40%: its divider drags and moves with the arrow keys, and is remembered', async ({ studio, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await studio.node('container:services:getty').locator('.node-header').click();
  await expect(studio.inspector().getByTestId('field-name')).toBeVisible();
  // the pane the inspector scrolls in
  const inspector = page.locator('.side-top');
  const divider = page.getByRole('separator', { name: 'Resize the inspector' });
  await expect(divider).toHaveAttribute('aria-orientation', 'horizontal');
  const editor = page.getByTestId('yaml-editor');
  const before = { inspector: (await inspector.boundingBox())!.height, editor: (await editor.boundingBox())!.height };
  const box = (await divider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 203, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await inspector.boundingBox())!.height).toBeGreaterThan(before.inspector + 150);
  expect((await editor.boundingBox())!.height).toBeLessThan(before.editor - 150);
  // the keyboard: Up gives the editor room back, 24 px a press
  const dragged = Number(await divider.getAttribute('aria-valuenow'));
  await divider.press('ArrowUp');
  await expect(divider).toHaveAttribute('aria-valuenow', String(dragged - 24));
  await page.reload();
  await studio.waitReady();
  await expect(page.getByRole('separator', { name: 'Resize the inspector' })).toHaveAttribute('aria-valuenow', String(dragged - 24));
  // the editor keeps room of its own however far the divider goes
  for (let i = 0; i < 40; i += 1) await page.getByRole('separator', { name: 'Resize the inspector' }).press('ArrowDown');
  expect((await editor.boundingBox())!.height).toBeGreaterThanOrEqual(150);
});
