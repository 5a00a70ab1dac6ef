import type { Download } from '@playwright/test';
import { expect, test } from './support/studio.ts';

const CLEAN = `# exported as written: comments, 'quotes', ünïcödé, trailing spaces   
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/srv:ro   # read only
  - name: writer
    image: alpine:3.20
    binds:
      - data:/data
volumes:
  - name: data
# end`;

const BROKEN = `services:
  - name: web
    image: nginx:1.27
    binds:
      - dta:/srv
volumes:
  - name: data
  - name: spare
`;

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test('export downloads linuxkit.yml with exactly the editor text, byte for byte, also after typing', async ({ studio, page }) => {
  await studio.load(CLEAN);
  await page.locator('[data-testid="yaml-editor"] .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' of file');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-yaml').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('linuxkit.yml');
  expect((await bytesOf(file)).equals(Buffer.from(`${CLEAN} of file`, 'utf8'))).toBe(true);
});

test('with errors the export dialog lists them (clickable) and exports only when the user chooses to', async ({ studio, page }) => {
  await studio.load(BROKEN);
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-yaml').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-testid="export-problem"][data-severity="error"]')).toContainText([/Volume `dta` .*is not defined/]);
  await expect(dialog.locator('[data-testid="export-problem"][data-severity="warning"]').first()).toBeVisible();
  // a long message wraps inside the dialog: none runs past its edge, cut off
  const overflowing = await dialog.getByTestId('export-problem').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  expect(overflowing).toBe(0);
  // a problem leads to its place: the dialog closes and the mount is selected
  await dialog.locator('[data-testid="export-problem"][data-severity="error"]').first().click();
  await expect(dialog).toBeHidden();
  await expect(studio.inspector().getByTestId('field-destination')).toHaveValue('/srv');
  expect(downloads).toBe(0);

  await page.getByTestId('export-yaml').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-anyway').click();
  expect((await bytesOf(await download)).toString('utf8')).toBe(BROKEN);
});

test('warnings alone do not block the export', async ({ studio, page }) => {
  const warnsOnly = BROKEN.replace('dta:/srv', 'data:/srv');
  await studio.load(warnsOnly);
  await expect(page.locator('[data-testid="problem"][data-severity="warning"]').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-yaml').click();
  expect((await bytesOf(await download)).toString('utf8')).toBe(warnsOnly);
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
});

test('copy puts exactly the text on the clipboard', async ({ studio, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await studio.load(CLEAN);
  await page.getByTestId('export-menu').click();
  await page.getByTestId('copy-yaml').click();
  await expect(page.getByTestId('notice')).toContainText('clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CLEAN);
});

test('"keep layout" appends one comment block; opening that file restores text and layout exactly', async ({ studio, page }) => {
  await studio.load(CLEAN);
  await studio.dragNode('volume:data', 60, 90);
  const layout = await studio.layout();
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-keep-layout').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-yaml').click();
  const withLayout = (await bytesOf(await download)).toString('utf8');
  expect(withLayout.startsWith(CLEAN + '\n# linuxkit-studio-layout v1')).toBe(true);
  expect(withLayout.slice(CLEAN.length).trim().split('\n').every((l) => l.startsWith('# '))).toBe(true);

  // exporting closed the menu; open it again to turn the option off
  if (!(await page.getByTestId('export-keep-layout').isVisible())) await page.getByTestId('export-menu').click();
  await page.getByTestId('export-keep-layout').uncheck();
  await page.getByTestId('auto-layout').click();
  await studio.load(BROKEN);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'laid-out.yml', mimeType: 'application/yaml', buffer: Buffer.from(withLayout) });
  await expect(page.getByTestId('notice')).toContainText('saved layout');
  await expect.poll(() => studio.layout()).toEqual(layout);
  expect(await studio.text()).toBe(CLEAN);
});
