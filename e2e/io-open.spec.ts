import type { Page } from '@playwright/test';
import { expect, test } from './support/studio.ts';

const CONFIG = `# opened from a file
services:
  - name: web
    image: nginx:1.27 # ünïcödé
    binds:
      - data:/srv:ro
volumes:
  - name: data
    image: alpine:3.20
`;

/** Drops a file on an element the way the OS does: dragenter, dragover, drop, carrying a File. */
async function dropFile(page: Page, selector: string, name: string, bytes: number[]): Promise<void> {
  await page.locator(selector).first().evaluate(
    (el, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    },
    { name, bytes },
  );
}

test('opening a file through the input replaces the text as one undoable step', async ({ studio, page }) => {
  const example = await studio.text();
  await studio.load(CONFIG, 'mine.yaml');
  await expect(studio.node('container:services:web')).toBeVisible();
  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).toBe(example);
});

test('a file dropped on the canvas or on the editor opens', async ({ studio, page }) => {
  await dropFile(page, '.react-flow__pane', 'dropped.yml', [...Buffer.from(CONFIG)]);
  await expect.poll(() => studio.text()).toBe(CONFIG);
  await expect(studio.node('volume:data')).toBeVisible();
  const other = CONFIG.replace('name: web', 'name: api');
  await dropFile(page, '[data-testid="yaml-editor"]', 'again.yml', [...Buffer.from(other)]);
  await expect.poll(() => studio.text()).toBe(other);
});

test('a file dropped while the page is still loading its lazy parts opens', async ({ studio, page }) => {
  // routing also turns the HTTP cache off, so the reload fetches every chunk again
  await page.route(/\/(IoDialogs|openFile)-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.reload();
  await page.locator('.react-flow__pane').waitFor();
  await dropFile(page, '.react-flow__pane', 'early.yml', [...Buffer.from(CONFIG)]);
  await expect(studio.node('volume:data')).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => studio.text()).toBe(CONFIG);
});

test('a dropped binary, non-YAML or huge file is refused with a message and changes nothing', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const notice = page.getByTestId('notice');
  await dropFile(page, '.react-flow__pane', 'logo.yml', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
  await expect(notice).toContainText('logo.yml is not UTF-8 text (invalid byte 0x89 at line 1, column 1)');
  await dropFile(page, '.react-flow__pane', 'notes.docx', [...Buffer.from('services: []\n')]);
  await expect(notice).toContainText('notes.docx is not a YAML file');
  await page.getByTestId('open-file-input').setInputFiles({ name: 'huge.yml', mimeType: 'application/yaml', buffer: Buffer.alloc(2 * 1024 * 1024 + 10, '#') });
  await expect(notice).toContainText('the limit is 2 MiB');
  expect(await studio.text()).toBe(CONFIG);
});

test('New starts a clean config and the examples gallery explains each example', async ({ studio, page }) => {
  await page.getByTestId('new-config').click();
  await expect.poll(async () => (await studio.nodeIds()).filter((id) => id.startsWith('container:'))).toEqual([]);
  await expect(page.locator('[data-testid="problem"]')).toHaveCount(0);
  await page.getByTestId('examples').click();
  await expect(page.getByTestId('example-log-collection')).toContainText('blank volume');
});

test('New asks before replacing changes that were not exported, from the keyboard, and Undo brings them back', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.setCursor(1, 1);
  await studio.typeInEditor('# my note\n');
  const edited = `# my note\n${CONFIG}`;
  const dialog = page.getByTestId('new-config-dialog');
  await page.getByTestId('new-config').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Replace your changes with a new config?');
  // the safe answer has the focus; Escape keeps the work too
  await expect(page.getByTestId('new-config-cancel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(studio.editor().locator('.view-lines')).toContainText('# my note');
  expect(await studio.nodeIds()).toContain('container:services:web');

  await page.getByTestId('new-config').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('new-config-replace')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await studio.nodeIds()).filter((id) => id.startsWith('container:'))).toEqual([]);
  await page.getByTestId('undo').click();
  await studio.settledText(edited);
  // exported now: New replaces without asking
  await page.getByTestId('new-config').click();
  await expect.poll(async () => (await studio.nodeIds()).filter((id) => id.startsWith('container:'))).toEqual([]);
  await expect(dialog).toHaveCount(0);
});

test('an example from the gallery asks before replacing changes that were not exported, naming the example', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.setCursor(1, 1);
  await studio.typeInEditor('# my note\n');
  const dialog = page.getByTestId('new-config-dialog');
  await page.getByTestId('examples').click();
  await page.getByTestId('example-log-collection').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(/^Replace your changes with the example “.+”\?$/);
  await page.getByTestId('new-config-cancel').click();
  await expect(dialog).toHaveCount(0);
  // read from the view, not by exporting (an export would count the text as saved)
  await expect(studio.editor().locator('.view-lines')).toContainText('# my note');
  expect(await studio.nodeIds()).toContain('container:services:web');

  await page.getByTestId('examples').click();
  await page.getByTestId('example-log-collection').click();
  await page.getByTestId('new-config-replace').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => await studio.nodeIds()).toContain('container:services:collector');
  await page.getByTestId('undo').click();
  await studio.settledText(`# my note\n${CONFIG}`);
});
