import type { Page } from '@playwright/test';
import { expect, test } from './support/studio.ts';

const CURRENT = `# what the editor holds
onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1.0.0
services:
  - name: web
    image: nginx:1.28
    binds:
      - data:/srv
      - /var/run:/var/run
volumes:
  - name: data
`;

// the version under review: one onboot container and one volume more, an older image, /srv read-only
const OLDER = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1.0.0
  - name: format
    image: linuxkit/format:v1.0.0
services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/srv:ro
volumes:
  - name: data
  - name: cache
`;

const compared = (page: Page, id: string) => page.getByTestId('compare-graph').locator(`[data-id="${id}"]`);

async function compareWithFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('compare-with').click();
  await page.getByTestId('compare-file-input').setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await expect(page.getByTestId('compare-view')).toBeVisible();
}

test('comparing with a file marks the graph, shows the lines side by side and lists what matters first', async ({ studio, page }) => {
  await studio.load(CURRENT);
  await compareWithFile(page, 'reviewed.yml', OLDER);

  await expect(page.getByTestId('compare-summary')).toHaveText('5 changes (4 worth a look first)');
  // removed elements are drawn ghosted where they were; changed and added ones are marked
  await expect(compared(page, 'container:onboot:format')).toHaveAttribute('data-diff', 'removed');
  await expect(compared(page, 'container:onboot:format')).toHaveCSS('opacity', '0.45');
  await expect(compared(page, 'volume:cache')).toHaveAttribute('data-diff', 'removed');
  await expect(compared(page, 'container:services:web')).toHaveAttribute('data-diff', 'changed');
  await expect(compared(page, 'mount:services:web:/srv')).toHaveClass(/diff-changed/);
  await expect(compared(page, 'container:onboot:sysctl')).not.toHaveAttribute('data-diff');
  await expect(compared(page, 'volume:data')).not.toHaveAttribute('data-diff');

  const changes = page.getByTestId('compare-change');
  await expect(changes).toHaveText([
    /mount of \/srv in services container web became read-write/,
    /host path \/var\/run is now mounted read-write at \/var\/run in services container web/,
    /onboot container format removed/,
    /services container web: image nginx:1\.27 → nginx:1\.28/,
    /volume cache removed/,
  ]);

  // Monaco's diff editor: the file on the left, the current text on the right, changed lines marked
  const diff = page.getByTestId('compare-diff-editor');
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  await expect(diff.locator('.editor.original .view-lines')).toContainText('name: format');
  await expect(diff.locator('.editor.modified .view-lines')).toContainText('# what the editor holds');
  await expect(diff.locator('.editor.original .line-delete').first()).toBeVisible();
  await expect(diff.locator('.editor.modified .line-insert').first()).toBeVisible();

  await page.getByTestId('compare-close').click();
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  expect(await studio.text()).toBe(CURRENT);
  // nothing was edited: one undo goes back past the load, to the example
  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).not.toBe(CURRENT);
});

test('comparing with the version the page opened with, and Escape closes it leaving the text as it was', async ({ studio, page }) => {
  const example = await studio.text();
  await studio.load(CURRENT);
  await page.getByTestId('compare-with').click();
  await page.getByTestId('compare-opened').click();
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(page.getByTestId('compare-view')).toContainText('Compared with the version this page opened with');
  await expect(compared(page, 'container:onboot:sysctl')).toHaveAttribute('data-diff', 'added');
  await expect(compared(page, 'container:services:getty')).toHaveAttribute('data-diff', 'removed');
  await expect(page.getByTestId('compare-change').first()).toBeVisible();
  await expect(page.getByTestId('compare-diff-editor').locator('.editor.original .view-lines')).toContainText(example.split('\n')[0].slice(0, 20));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  expect(await studio.text()).toBe(CURRENT);
});

test('comparing with a file that is the same config reformatted finds no changes', async ({ studio, page }) => {
  await studio.load(CURRENT);
  await compareWithFile(page, 'same.yml', CURRENT.replace('# what the editor holds\n', '').replace(/^ {2}/gm, '  '));
  await expect(page.getByTestId('compare-summary')).toHaveText('no changes');
  await expect(page.getByTestId('compare-graph').locator('[data-diff]')).toHaveCount(0);
});

test('a click on a change shows it in the text diff, scrolled to and selected, and marks it in the graph', async ({ studio, page }) => {
  const services = (n: number, last: string) =>
    `services:\n${Array.from({ length: n }, (_, i) => `  - name: svc${i}\n    image: ${i === n - 1 ? last : 'nginx:1.27'}\n`).join('')}`;
  const current = services(40, 'nginx:1.28');
  const older = `onboot:\n  - name: gone\n    image: alpine:3.21\n${services(40, 'nginx:1.27')}`;
  await studio.load(current);
  await compareWithFile(page, 'older.yml', older);
  const diff = page.getByTestId('compare-diff-editor');
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  // the last service is far below: not drawn until its change is picked
  await expect(diff.locator('.editor.modified .view-lines')).not.toContainText('svc39');

  const change = page.getByTestId('compare-change').filter({ hasText: 'svc39' });
  await change.getByRole('button').click();
  await expect(change.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await expect(diff.locator('.editor.modified .view-lines')).toContainText('name: svc39');
  await expect(diff.locator('.editor.modified .selected-text').first()).toBeVisible();
  await expect(compared(page, 'container:services:svc39')).toHaveClass(/selected/);

  // a removal is shown on the side that still has it
  const removed = page.getByTestId('compare-change').filter({ hasText: 'gone' });
  await removed.getByRole('button').click();
  await expect(diff.locator('.editor.original .view-lines')).toContainText('name: gone');
  await expect(diff.locator('.editor.original .selected-text').first()).toBeVisible();
  await expect(compared(page, 'container:onboot:gone')).toHaveClass(/selected/);
  await expect(compared(page, 'container:services:svc39')).not.toHaveClass(/selected/);
});
