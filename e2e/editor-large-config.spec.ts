import { generateConfig } from '../bench/generateConfig.ts';
import { analyze } from '../src/core/analyze.ts';
import { expect, test } from './support/studio.ts';

// 150 containers, about 72 KiB: over the 64 KiB at which typing is analysed in the background worker
// (app/views.ts LARGE_TEXT_CHARS).
// Opening one and each background analysis take seconds on a busy 2-core machine: these tests
// wait for them patiently (speed is measured by npm run bench, not here).
test.describe.configure({ timeout: 90_000 });
const PATIENCE = { timeout: 20_000 };
const patient = expect.configure(PATIENCE);
const { text: LARGE } = generateConfig(150);
const NAME_LINE = LARGE.split('\n').indexOf('  - name: onboot-0') + 1;

test('typing into a large config updates the graph from the background worker and keeps every keystroke', async ({ studio, page }) => {
  expect(LARGE.length).toBeGreaterThan(64 * 1024);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await studio.load(LARGE, 'large.yml', PATIENCE);
  await patient(studio.node('container:onboot:onboot-0')).toBeAttached();

  await studio.setCursor(NAME_LINE, '  - name: onboot-0'.length + 1);
  await page.keyboard.type('-typed', { delay: 20 });

  await patient(studio.node('container:onboot:onboot-0-typed')).toBeAttached();
  await patient(studio.node('container:onboot:onboot-0')).toHaveCount(0);
  expect(workers.some((url) => url.includes('analysisWorker'))).toBe(true);
  const status = page.getByTestId('sync-status');
  await patient(status).toHaveAttribute('data-state', 'ok');
  await patient(status).not.toHaveAttribute('data-pending', 'true');
  await studio.settledText(LARGE.replace('name: onboot-0\n', 'name: onboot-0-typed\n'), PATIENCE);
  expect(studio.consoleErrors).toEqual([]);
  expect(studio.foreignRequests).toEqual([]);
});

test('a syntax error typed into a large config pauses the graph with the error at its line', async ({ studio, page }) => {
  await studio.load(LARGE, 'large.yml', PATIENCE);
  await studio.setCursor(NAME_LINE + 1, '    image: '.length + 1);
  await page.keyboard.type('[');
  const broken = LARGE.replace('name: onboot-0\n    image: ', 'name: onboot-0\n    image: [');
  // the line the core gives on the main thread (in Node here): the worker must report the same
  const { diagnostics, lineIndex } = analyze(broken);
  const syntax = diagnostics.find((d) => d.code === 'yaml-syntax')!;

  const status = page.getByTestId('sync-status');
  await patient(status).toHaveAttribute('data-state', 'stale');
  await patient(status).toContainText(`line ${lineIndex.position(syntax.span.start).line}`);
  await patient(page.locator('[data-testid="problem"][data-code="yaml-syntax"]')).not.toHaveCount(0);
  await patient(studio.node('container:onboot:onboot-0')).toBeAttached();
  await studio.settledText(broken, PATIENCE);

  await studio.focusEditor();
  await page.keyboard.press('Backspace');
  await patient(status).toHaveAttribute('data-state', 'ok');
  await patient(page.locator('[data-testid="problem"][data-code="yaml-syntax"]')).toHaveCount(0);
});

test('the inspector of a large config catches up after typing and edits the typed text', async ({ studio, page }) => {
  await studio.load(LARGE, 'large.yml', PATIENCE);
  await studio.setCursor(NAME_LINE, '  - name: onboot-0'.length + 1);
  // the cursor in the entry selected the container
  await patient(studio.inspector().getByTestId('field-name')).toHaveValue('onboot-0');
  await page.keyboard.type('-x');
  // typing renamed the container; moving the cursor selects the entry under it again
  await page.keyboard.press('Home');
  await patient(studio.inspector().getByTestId('field-name')).toHaveValue('onboot-0-x');
  await patient(studio.inspector().getByTestId('field-name')).toBeEditable();

  await studio.inspector().getByTestId('field-name').fill('first');
  await studio.inspector().getByTestId('field-name').press('Enter');
  await patient(studio.node('container:onboot:first')).toBeAttached();
  await studio.settledText(LARGE.replace('name: onboot-0\n', 'name: first\n'), PATIENCE);
});

test('in a large config Ctrl+Space still suggests the keys a container may have', async ({ studio, page }) => {
  await studio.load(LARGE, 'large.yml', PATIENCE);
  await studio.setCursor(NAME_LINE + 1, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.monaco-editor .suggest-widget');
  await patient(suggestions).toBeVisible(PATIENCE);
  await patient(suggestions.getByRole('option', { name: /^cwd, Property/ })).toBeVisible(PATIENCE);
});

test('a container renamed by typing in a large config keeps a place in its lane', async ({ studio, page }) => {
  await studio.load(LARGE, 'large.yml', PATIENCE);
  const line = LARGE.split('\n').indexOf('  - name: svc-80') + 1;
  await studio.focusEditor();
  await page.keyboard.press('Control+g'); // Monaco's Go to Line
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type('-b');
  const node = studio.node('container:services:svc-80-b');
  await patient(node).toBeAttached();
  // nodes without a position would sit at the flow's origin, far left of the services lane
  await patient(node).not.toHaveCSS('transform', 'matrix(1, 0, 0, 1, 0, 0)');
  const lane = await studio.lane('services').evaluate((el) => (el.closest('.react-flow__node') as HTMLElement).style.transform);
  const x = (transform: string) => Number(/translate\(([-\d.]+)px/.exec(transform)?.[1]);
  expect(x(await node.evaluate((el) => (el as HTMLElement).style.transform))).toBeGreaterThanOrEqual(x(lane));
});
