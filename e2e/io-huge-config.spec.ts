import { expect, test } from './support/studio.ts';

// The worst case: 67,500 services of a name and an image, 2,033 KiB, just under the 2 MiB
// open limit. Before the canvas had a drawing budget, opening it held the page for about 37 s
// and then drew 25 nodes every 1.5-2 s (about an hour for the whole graph); its responsiveness
// is measured by `node bench/openLarge.mjs dist 67500 1 minimal`, not here.
test.describe.configure({ timeout: 180_000 });
const PATIENCE = { timeout: 60_000 };
const patient = expect.configure(PATIENCE);
const SERVICES = 67_500;

function hugeConfig(): string {
  const lines = ['kernel:', '  image: linuxkit/kernel:6.6.13', 'init:', '  - linuxkit/init:v1.0.0', 'services:'];
  for (let i = 0; i < SERVICES; i++) lines.push(`- name: s${i}`, '  image: alpine');
  return lines.join('\n') + '\n';
}

test('a config too large to draw whole opens with part of each lane drawn, says where the rest is, and draws what the editor selects', async ({ studio, page }) => {
  const text = hugeConfig();
  expect(text.length).toBeGreaterThan(2000 * 1024);
  expect(text.length).toBeLessThan(2 * 1024 * 1024);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'huge.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  // while it is read, the problems list does not show the previous config's verdict
  await expect(page.getByTestId('problems-checking')).toBeVisible();
  await expect(page.getByTestId('problems-all-clear')).toHaveCount(0);
  // nor does the canvas draw the previous config's nodes, piled up without a place in the new layout
  await expect(page.getByTestId('open-progress')).toHaveAttribute('data-stage', 'analysing');
  await expect(page.locator('.react-flow__node-container')).toHaveCount(0);

  await patient(page.getByTestId('partial-drawing')).toBeVisible();
  await expect(page.getByTestId('partial-drawing')).toContainText('67,200 nodes');
  const services = studio.lane('services');
  await expect(services.locator('.lane-count')).toHaveText('67,500');
  await expect(services.getByTestId('lane-not-drawn')).toHaveText('300 of 67,500 drawn');
  await patient(page.getByTestId('open-progress')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-container')).toHaveCount(300);
  await expect(studio.node('container:services:s299')).toBeAttached();
  await expect(studio.node('container:services:s300')).toHaveCount(0);

  // every service has a note (its image has no tag): the list draws them a page at a time
  const problems = page.getByTestId('problem');
  await expect(problems).toHaveCount(200);
  await expect(page.locator('.problems .show-more')).toContainText('200 of 67,500 problems shown');
  await page.getByTestId('problems-more').click();
  await expect(problems).toHaveCount(400);

  // the cursor on the last service selects it: the canvas draws it and brings it into view, the inspector shows it
  await studio.focusEditor();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const last = studio.node(`container:services:s${SERVICES - 1}`);
  await patient(last).toBeInViewport();
  await expect(last).toHaveClass(/selected/);
  await expect(page.getByTestId('partial-drawing')).toContainText('67,199 nodes');

  // its fields need an analysis that holds the page for seconds: it runs when asked
  await expect(studio.inspector().getByTestId('field-name')).toHaveCount(0);
  await expect(studio.inspector().getByTestId('inspector-stale')).toContainText(`the fields of container s${SERVICES - 1}`);
  await studio.inspector().getByTestId('inspector-catch-up').click();
  await patient(studio.inspector().getByTestId('field-name')).toBeEditable();
  await expect(studio.inspector().getByTestId('field-name')).toHaveValue(`s${SERVICES - 1}`);

  // typing a rename into it keeps it selected, under its new name
  await studio.focusEditor();
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await patient(studio.node(`container:services:s${SERVICES - 1}x`)).toBeInViewport();
  await expect(studio.inspector()).not.toContainText('no longer in the config');

  // the typed text is new to the page's analysis: the data flow needs it too, and runs it when asked
  await page.getByTestId('view-data-flow').click();
  const flow = page.getByTestId('data-flow');
  await flow.getByTestId('flow-catch-up').getByRole('button', { name: 'Analyse now' }).click();
  await patient(flow).toContainText('No container mounts a volume');
  expect(studio.consoleErrors).toEqual([]);
});

test('the outline of a very large build lists its rows a page at a time', async ({ studio, page }) => {
  await studio.load(hugeConfig(), 'huge.yml', PATIENCE);
  await patient(page.getByTestId('partial-drawing')).toBeVisible();
  await page.getByTestId('outline-toggle').click();
  const rows = page.getByTestId('outline-item');
  await patient(rows).toHaveCount(1000);
  // a row past the lanes' first 300 selects its service, and the canvas draws it
  await page.locator('[data-testid="outline-item"][data-element-id="container:services:s500"]').click();
  await patient(studio.node('container:services:s500')).toBeInViewport();
  await page.getByTestId('outline-more').click();
  await expect(rows).toHaveCount(2000);
  // the kernel, four stage headings and every service
  await expect(page.locator('.outline .show-more')).toContainText(`2,000 of ${(SERVICES + 5).toLocaleString('en')} rows shown`);
});
