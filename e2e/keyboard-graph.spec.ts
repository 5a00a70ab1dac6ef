import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/studio.ts';

const CONFIG = `onboot:
  - name: first
    image: alpine:3.20
  - name: second
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.27
volumes:
  - name: data
`;

async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

// a key press and a focus check per Tab stop: slow on a loaded machine
test.describe.configure({ timeout: 120_000 });

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);

test('on the canvas, arrow keys move between nodes, Enter opens the inspector, Delete deletes', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await tabTo(page, studio.node('container:onboot:first'));
  await page.keyboard.press('ArrowDown');
  expect(await focusedId(page)).toBe('container:onboot:second');
  await page.keyboard.press('ArrowUp');
  expect(await focusedId(page)).toBe('container:onboot:first');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).not.toBe('container:onboot:first');
  // the node focused shows a focus ring
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.firstElementChild!).outlineStyle);
  expect(outline).toBe('solid');
  await tabTo(page, studio.node('container:services:web'), true);
  await page.keyboard.press('Enter');
  await expect(studio.inspector().getByTestId('container-inspector')).toBeVisible();
  await expect(studio.inspector().getByTestId('field-name')).toHaveValue('web');

  // "Mount a volume…" from the container
  await tabTo(page, studio.inspector().getByTestId('mount-prompt'));
  await page.keyboard.press('Enter');
  await expect(studio.inspector().getByTestId('mount-prompt-target')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('/srv/data');
  await page.keyboard.press('Enter');
  await expect(studio.edgeLabel('mount:services:web:/srv/data')).toBeVisible();

  // Delete on a focused, selected node removes it (and its mount)
  await tabTo(page, studio.node('volume:data'), true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(studio.node('volume:data')).toHaveCount(0);
  expect(await studio.text()).toBe(CONFIG.replace('volumes:\n  - name: data\n', ''));
});

test('the outline lists stages, containers, volumes and mounts in sync, and reorders and deletes from the keyboard', async ({ studio, page }) => {
  await studio.load(CONFIG.replace('    image: nginx:1.27\n', '    image: nginx:1.27\n    binds:\n      - data:/srv:ro\n'));
  await tabTo(page, page.getByTestId('outline-toggle'));
  await page.keyboard.press('Enter');
  const tree = page.getByRole('tree', { name: 'Graph outline' });
  const items = tree.getByRole('treeitem');
  await expect(items).toHaveText([
    'onboot: run in order at boot, 2 containers',
    '1. first, image alpine:3.20',
    '2. second, image alpine:3.20',
    'services: started together, 1 container',
    'web, image nginx:1.27',
    'mounts volume data at /srv, read-only',
    'onshutdown: run in order at shutdown, 0 containers',
    'volumes, 1',
    'blank volume data, 1 mount (1 warning)',
    'mounted by web at /srv, read-only',
  ]);
  // opened from the keyboard, the focus is in the tree at once (no Tab across the page); one tab stop; arrows move; Enter selects
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: '1. first, image alpine:3.20' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(studio.inspector().getByTestId('inspector-order')).toHaveText('runs 1 of 2');
  await expect(tree.getByRole('treeitem', { selected: true })).toHaveText('1. first, image alpine:3.20');
  // Alt+Down: first runs second now (the YAML order changes)
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(1)).toHaveText('1. second, image alpine:3.20');
  await expect(items.nth(2)).toHaveText('2. first, image alpine:3.20');
  // Delete on the mount row removes the bind
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(tree.getByRole('treeitem', { name: 'blank volume data, 0 mounts (1 warning)' })).toBeVisible();
  expect(await studio.text()).toBe(`onboot:
  - name: second
    image: alpine:3.20
  - name: first
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.27
volumes:
  - name: data
`);
});

test('Tab indents in the YAML editor until Ctrl+M (or the switch above it) lets Tab leave it', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const toggle = page.getByTestId('tab-focus-mode');
  await expect(page.locator('#editor-keys')).toContainText('Ctrl+M');
  await studio.setCursor(11, 1);
  await page.keyboard.press('Tab');
  expect(await studio.editorHasFocus()).toBe(true);
  await page.keyboard.press('Control+Z');
  // Ctrl+M, as the hint says: now Tab leaves the editor, both ways
  await page.keyboard.press('Control+m');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  expect(await studio.editorHasFocus()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await studio.editorHasFocus()).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  // the switch turns it back off
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await studio.settledText(CONFIG);
});
