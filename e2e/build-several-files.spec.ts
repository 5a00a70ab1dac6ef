import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { selectedEditorLines } from './support/editorLines.ts';
import { expect, Studio, test } from './support/studio.ts';

// A build of two files, as `linuxkit build base.yml extra.yml` takes them.
const BASE = `# the base system
onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1
services:
  - name: web # serves the site
    image: nginx:1.27
`;
const EXTRA = `# per-target additions
onboot:
  - name: format
    image: linuxkit/format:v1
volumes:
  - name: data # the site's files
`;

// base.yml with web binding extra.yml's volume: valid only while extra.yml is the last file
const BOUND = BASE.replace('    image: nginx:1.27\n', '    image: nginx:1.27\n    binds:\n      - data:/data\n');

const yaml = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

async function openBuild(page: Page, files: [string, string][]): Promise<void> {
  await page.getByTestId('open-file-input').setInputFiles(files.map(([n, t]) => yaml(n, t)));
  await expect(page.getByTestId('file-tab')).toHaveCount(files.length);
}

/** Every file Export downloads, by name, as the user gets them. */
async function exported(page: Page, count: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const downloads = new Promise<void>((resolve) => {
    page.on('download', async (d) => {
      const chunks: Buffer[] = [];
      for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
      out[d.suggestedFilename()] = Buffer.concat(chunks).toString('utf8');
      if (Object.keys(out).length === count) resolve();
    });
  });
  await page.getByTestId('export-yaml').click();
  // a build with errors asks first
  const anyway = page.getByTestId('export-anyway');
  await Promise.race([downloads, anyway.waitFor().then(() => anyway.click())]);
  await downloads;
  return out;
}

const tabs = (page: Page) => page.getByTestId('file-tab').evaluateAll((els) => els.map((e) => e.getAttribute('data-file')));

test('one file has no tab bar', async ({ studio, page }) => {
  await studio.load(BASE);
  await expect(page.getByTestId('file-tab')).toHaveCount(0);
  await expect(page.getByTestId('add-file')).toBeVisible();
});

test('two files open as one build: one graph, each element marked with its file, tabs in the order chosen', async ({ studio, page }) => {
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  expect(await tabs(page)).toEqual(['base.yml', 'extra.yml']);
  await expect(studio.node('container:services:web').getByTestId('node-file')).toHaveText('base.yml');
  await expect(studio.node('volume:data').getByTestId('node-file')).toHaveText('extra.yml');
  // onboot runs in file order across the build: sysctl (base.yml) first, then format (extra.yml)
  await expect(studio.node('container:onboot:format').locator('.order-badge')).toHaveText('2');
  // the editor shows the first file; a tab shows the other
  await expect(studio.editor()).toContainText('the base system');
  await page.locator('[data-testid="file-tab"][data-file="extra.yml"]').click();
  await expect(studio.editor()).toContainText('per-target additions');
});

test("a volume of one file connected to a container of the other writes the bind into the container's file only; undo follows it", async ({ studio, page }) => {
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  await page.locator('[data-testid="file-tab"][data-file="extra.yml"]').click();
  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  // the file that changed is shown
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'base.yml');
  const after = await exported(page, 2);
  expect(after['base.yml']).toBe(BASE.replace('    image: nginx:1.27\n', '    image: nginx:1.27\n    binds:\n      - data:/data\n'));
  expect(after['extra.yml']).toBe(EXTRA);
  await expect(page.getByTestId('problems-all-clear')).toBeVisible();

  // with the other file shown, the toolbar's Undo takes back the change where it was made
  await page.locator('[data-testid="file-tab"][data-file="extra.yml"]').click();
  await page.getByTestId('undo').click();
  await expect(studio.edgeLabel('mount:services:web:/data')).toHaveCount(0);
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'base.yml');
  const undone = await exported(page, 2);
  expect(undone).toEqual({ 'base.yml': BASE, 'extra.yml': EXTRA });
});

test("reordering the tabs changes the verdict as LinuxKit's merge does, and the quick fix moves the volume into the last file", async ({ studio }) => {
  const { page } = studio;
  await openBuild(page, [
    ['base.yml', BOUND],
    ['extra.yml', EXTRA],
  ]);
  await expect(page.getByTestId('problems-all-clear')).toBeVisible();
  // extra.yml first: base.yml is now last, and LinuxKit looks volumes up in the last file only
  await page.locator('[data-testid="file-tab"][data-file="extra.yml"]').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  expect(await tabs(page)).toEqual(['extra.yml', 'base.yml']);
  const problem = page.locator('[data-testid="problem"][data-code="unknown-volume"]');
  await expect(problem).toHaveAttribute('data-file', 'base.yml');
  await expect(problem).toContainText('declared in `extra.yml`');
  await expect(problem).toContainText('base.yml, line 9');
  await problem.getByTestId('quick-fix').click();
  await expect(page.getByTestId('problems-all-clear')).toBeVisible();
  const fixed = await exported(page, 2);
  expect(fixed['extra.yml']).not.toContain('name: data');
  expect(fixed['base.yml']).toContain('volumes:\n  - name: data');
});

test('a service name repeated across files is an error of the later file; onboot names may repeat', async ({ studio }) => {
  const { page } = studio;
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', `${EXTRA}services:\n  - name: web\n    image: nginx:1.28\n`],
  ]);
  const duplicate = page.locator('[data-testid="problem"][data-severity="error"]');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toHaveAttribute('data-file', 'extra.yml');
});

test('autosave and a reload keep both files, their order, the layout and the file shown', async ({ studio, page }) => {
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  await studio.dragNode('volume:data', 60, 40);
  const layout = await studio.layout();
  await page.locator('[data-testid="file-tab"][data-file="extra.yml"]').click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await studio.waitReady();
  expect(await tabs(page)).toEqual(['base.yml', 'extra.yml']);
  // the file shown before the reload is shown again
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'extra.yml');
  await expect(studio.editor()).toContainText('per-target additions');
  expect(await studio.layout()).toEqual(layout);
  expect(await exported(page, 2)).toEqual({ 'base.yml': BASE, 'extra.yml': EXTRA });
});

test('Export offers all files as one zip', async ({ studio }) => {
  const { page } = studio;
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-zip').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('base-build.zip');
  const chunks: Buffer[] = [];
  for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
  const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  expect(Object.fromEntries(Object.entries(entries).map(([n, b]) => [n, strFromU8(b)]))).toEqual({ 'base.yml': BASE, 'extra.yml': EXTRA });
});

test('Add file joins a file at the end of the build; removing it asks first', async ({ studio, page }) => {
  await studio.load(BASE);
  await page.getByTestId('add-file-input').setInputFiles([yaml('extra.yml', EXTRA)]);
  expect(await tabs(page)).toEqual(['linuxkit.yml', 'extra.yml']);
  await expect(studio.node('volume:data')).toBeVisible();
  await page.locator('[data-file="extra.yml"] ~ [data-testid="file-tab-remove"]').click();
  await expect(page.getByTestId('remove-file-dialog')).toBeVisible();
  await page.getByTestId('remove-file-confirm').click();
  await expect(page.getByTestId('file-tab')).toHaveCount(0);
  await expect(studio.node('volume:data')).toHaveCount(0);
  expect(await studio.text()).toBe(BASE);
});

test('a share link carries the whole build: a fresh browser gets both files, in order, with the layout', async ({ studio, browser }) => {
  const { page } = studio;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  await studio.dragNode('container:services:web', 40, 60);
  const layout = await studio.layout();
  await page.getByTestId('share-link').click();
  await expect(page.getByTestId('notice')).toContainText('Share link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#lks2\./);

  const fresh = await browser.newContext();
  const visitor = new Studio(await fresh.newPage(), new URL(link).origin);
  await visitor.page.goto(link);
  await visitor.waitReady();
  expect(await tabs(visitor.page)).toEqual(['base.yml', 'extra.yml']);
  await expect.poll(() => visitor.layout()).toEqual(layout);
  expect(await exported(visitor.page, 2)).toEqual({ 'base.yml': BASE, 'extra.yml': EXTRA });
  expect(visitor.consoleErrors).toEqual([]);
  await fresh.close();
});

test('undo takes back a quick fix that changed two files in one step', async ({ studio }) => {
  const { page } = studio;
  await openBuild(page, [
    ['extra.yml', EXTRA],
    ['base.yml', BOUND],
  ]);
  const problem = page.locator('[data-testid="problem"][data-code="unknown-volume"]');
  // as a user reads the problem before fixing it: the build's verdict is in
  await expect(problem).toContainText('base.yml, line 9');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'ok');
  await problem.getByTestId('quick-fix').click();
  await expect(page.getByTestId('problems-all-clear')).toBeVisible();
  await page.getByTestId('undo').click();
  // both files are back as they were: the volume is not lost between them
  await expect(problem).toHaveCount(1);
  expect(await exported(page, 2)).toEqual({ 'extra.yml': EXTRA, 'base.yml': BOUND });
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('problems-all-clear')).toBeVisible();
  const redone = await exported(page, 2);
  expect(redone['extra.yml']).not.toContain('name: data');
  expect(redone['base.yml']).toContain('volumes:\n  - name: data');
});

test("a volume counts the mounts of every file, and a container's run order in the inspector is the build's", async ({ studio, page }) => {
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  await expect(studio.node('volume:data')).toContainText('1 mount');
  // format is second in extra.yml's list of one, and runs second in the build
  await studio.node('container:onboot:format').click();
  await expect(page.getByTestId('inspector-order')).toHaveText('runs 2 of 2 in the build (1 of 1 in extra.yml)');
  await expect(page.getByTestId('move-up')).toHaveAttribute('title', /within extra\.yml/);
});

test("selecting an element of another file shows that file in the editor at the element's lines", async ({ studio, page }) => {
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', EXTRA],
  ]);
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'base.yml');
  await studio.node('volume:data').click();
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'extra.yml');
  await expect(studio.editor().locator('.editor-selected-element')).toHaveCount(1);
  await expect(studio.editor()).toContainText("the site's files");
  // and the cursor in that file selects what it is on, in the build's ids
  await studio.node('container:services:web').click();
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'base.yml');
  await expect(studio.node('container:services:web')).toHaveClass(/selected/);
});

test("the inspector's runtime rows show their line in the element's own file", async ({ studio, page }) => {
  const extra = `${EXTRA}services:\n  - name: cache\n    image: redis:7\n    binds:\n      - /etc/resolv.conf:/etc/resolv.conf\n`;
  await openBuild(page, [
    ['base.yml', BASE],
    ['extra.yml', extra],
  ]);
  await studio.node('container:services:cache').click();
  await page.locator('[data-testid="file-tab"][data-file="base.yml"]').click();
  await page.locator('.runtime-row-button', { hasText: '/etc/resolv.conf' }).first().click();
  await expect(page.locator('[data-testid="file-tab"][aria-current="true"]')).toHaveAttribute('data-file', 'extra.yml');
  await expect.poll(() => selectedEditorLines(page)).toEqual(['- /etc/resolv.conf:/etc/resolv.conf']);
});
