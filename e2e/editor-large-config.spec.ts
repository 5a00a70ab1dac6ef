import { generateConfig } from '../bench/generateConfig.ts';
import { analyze } from '../src/core/analyze.ts';
import { expect, test } from './support/studio.ts';

// 300 containers, about 145 KiB: large enough to be analysed in the background worker while typed.
const { text: LARGE } = generateConfig(300);
const NAME_LINE = LARGE.split('\n').indexOf('  - name: onboot-0') + 1;

test('typing into a large config updates the graph from the background worker and keeps every keystroke', async ({ studio, page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await studio.load(LARGE);
  await expect(studio.node('container:onboot:onboot-0')).toBeAttached();

  await studio.setCursor(NAME_LINE, '  - name: onboot-0'.length + 1);
  await page.keyboard.type('-typed', { delay: 20 });

  await expect(studio.node('container:onboot:onboot-0-typed')).toBeAttached();
  await expect(studio.node('container:onboot:onboot-0')).toHaveCount(0);
  expect(workers.some((url) => url.includes('analysisWorker'))).toBe(true);
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'ok');
  await expect(status).not.toHaveAttribute('data-pending', 'true');
  await studio.settledText(LARGE.replace('name: onboot-0\n', 'name: onboot-0-typed\n'));
  expect(studio.consoleErrors).toEqual([]);
  expect(studio.foreignRequests).toEqual([]);
});

test('a syntax error typed into a large config pauses the graph with the error at its line', async ({ studio, page }) => {
  await studio.load(LARGE);
  await studio.setCursor(NAME_LINE + 1, '    image: '.length + 1);
  await page.keyboard.type('[');
  const broken = LARGE.replace('name: onboot-0\n    image: ', 'name: onboot-0\n    image: [');
  // the line the core gives on the main thread (in Node here): the worker must report the same
  const { diagnostics, lineIndex } = analyze(broken);
  const syntax = diagnostics.find((d) => d.code === 'yaml-syntax')!;

  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'stale');
  await expect(status).toContainText(`line ${lineIndex.position(syntax.span.start).line}`);
  await expect(page.locator('[data-testid="problem"][data-code="yaml-syntax"]')).not.toHaveCount(0);
  await expect(studio.node('container:onboot:onboot-0')).toBeAttached();
  await studio.settledText(broken);

  await studio.focusEditor();
  await page.keyboard.press('Backspace');
  await expect(status).toHaveAttribute('data-state', 'ok');
  await expect(page.locator('[data-testid="problem"][data-code="yaml-syntax"]')).toHaveCount(0);
});

test('the inspector of a large config catches up after typing and edits the typed text', async ({ studio, page }) => {
  await studio.load(LARGE);
  await studio.setCursor(NAME_LINE, '  - name: onboot-0'.length + 1);
  // the cursor in the entry selected the container
  await expect(studio.inspector().getByTestId('field-name')).toHaveValue('onboot-0');
  await page.keyboard.type('-x');
  // typing renamed the container; moving the cursor selects the entry under it again
  await page.keyboard.press('Home');
  await expect(studio.inspector().getByTestId('field-name')).toHaveValue('onboot-0-x');
  await expect(studio.inspector().getByTestId('field-name')).toBeEditable();

  await studio.inspector().getByTestId('field-name').fill('first');
  await studio.inspector().getByTestId('field-name').press('Enter');
  await expect(studio.node('container:onboot:first')).toBeAttached();
  await studio.settledText(LARGE.replace('name: onboot-0\n', 'name: first\n'));
});

test('in a large config Ctrl+Space still suggests the keys a container may have', async ({ studio, page }) => {
  await studio.load(LARGE);
  await studio.setCursor(NAME_LINE + 1, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.monaco-editor .suggest-widget');
  await expect(suggestions).toBeVisible({ timeout: 15_000 });
  await expect(suggestions.getByRole('option', { name: /^cwd, Property/ })).toBeVisible({ timeout: 15_000 });
});

test('a container renamed by typing in a large config keeps a place in its lane', async ({ studio, page }) => {
  await studio.load(LARGE);
  const line = LARGE.split('\n').indexOf('  - name: svc-150') + 1;
  await studio.focusEditor();
  await page.keyboard.press('Control+g'); // Monaco's Go to Line
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type('-b');
  const node = studio.node('container:services:svc-150-b');
  await expect(node).toBeAttached();
  // nodes without a position would sit at the flow's origin, far left of the services lane
  await expect(node).not.toHaveCSS('transform', 'matrix(1, 0, 0, 1, 0, 0)');
  const lane = await studio.lane('services').evaluate((el) => (el.closest('.react-flow__node') as HTMLElement).style.transform);
  const x = (transform: string) => Number(/translate\(([-\d.]+)px/.exec(transform)?.[1]);
  expect(x(await node.evaluate((el) => (el as HTMLElement).style.transform))).toBeGreaterThanOrEqual(x(lane));
});
