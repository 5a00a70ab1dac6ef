import { expect, test } from './support/studio.ts';

const CONFIG = `# a small system
services:
  - name: web
    image: nginx:1.27
volumes:
  - name: data
`;
const A = CONFIG.replace('# a small system', '# a small system v1');
const AB = A.replace('    image: nginx:1.27\n', '    image: nginx:1.27\n    binds:\n      - data:/data\n');
const ABC = AB.replace('v1', 'v1 v2');

test('undo and redo walk through typing and graph edits in order, from the editor and the toolbar', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.setCursor(1, 17);
  await studio.typeInEditor(' v1');
  await studio.settledText(A);
  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  await studio.settledText(AB);
  await studio.focusEditor();
  await studio.typeInEditor(' v2');
  await studio.settledText(ABC);

  await page.keyboard.press('Control+z');
  await studio.settledText(AB);
  await page.getByTestId('undo').click();
  await expect(studio.edgeLabel('mount:services:web:/data')).toHaveCount(0);
  await studio.settledText(A);
  await studio.focusEditor();
  await page.keyboard.press('Control+z');
  await studio.settledText(CONFIG);

  await page.getByTestId('redo').click();
  await studio.settledText(A);
  await studio.focusEditor();
  await page.keyboard.press('Control+Shift+z');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  await studio.settledText(AB);
  await page.getByTestId('redo').click();
  await studio.settledText(ABC);
});

test('markers follow typing after the debounce and carry the diagnostic code', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await expect(studio.editor().locator('.squiggly-error')).toHaveCount(0);
  await studio.setCursor(6, 15);
  await studio.typeInEditor('\n    format: squashfs');
  await expect(studio.editor().locator('.squiggly-error')).toHaveCount(1);
  await studio.editor().locator('.view-line span', { hasText: /^squashfs$/ }).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'invalid-value' })).toBeVisible();
  // fixing the value clears the marker
  await studio.focusEditor();
  await page.keyboard.press('End');
  for (let i = 0; i < 'squashfs'.length; i++) await page.keyboard.press('Backspace');
  await studio.typeInEditor('oci');
  await expect(studio.editor().locator('.squiggly-error')).toHaveCount(0);
});
