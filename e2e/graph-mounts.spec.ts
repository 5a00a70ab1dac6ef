import { expect, test } from './support/studio.ts';

const CONFIG = `onboot:
  - name: producer # writes the data
    image: alpine:3.20
services:
  # the consumer
  - name: consumer
    image: alpine:3.20
    binds:
      - /etc/resolv.conf:/etc/resolv.conf
volumes:
  - name: data # scratch
  - name: settings
    image: alpine:3.21
    readonly: true
`;

test('connecting a volume to a container creates a bind at /<volume> and keeps comments', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:data', 'container:services:consumer');
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toBeVisible();
  const text = await studio.text();
  expect(text).toBe(CONFIG.replace('      - /etc/resolv.conf:/etc/resolv.conf\n', '      - /etc/resolv.conf:/etc/resolv.conf\n      - data:/data\n'));
});

test('a read-only volume always gives a read-only mount', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:settings', 'container:onboot:producer');
  await expect(studio.edgeLabel('mount:onboot:producer:/settings')).toContainText('ro');
  const text = await studio.text();
  expect(text).toContain('settings:/settings:ro');
  expect(text).toContain('  - name: producer # writes the data\n');
});

test('mounting the same destination twice in one container is refused with the reason', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:data', 'container:services:consumer');
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toBeVisible();
  const before = await studio.text();
  await studio.connect('volume:data', 'container:services:consumer');
  await expect(page.getByTestId('notice')).toContainText('/data');
  expect(await studio.text()).toBe(before);
});

test('undo and redo walk back and forth through graph actions', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:data', 'container:services:consumer');
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toBeVisible();
  await page.getByTestId('undo').click();
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toHaveCount(0);
  expect(await studio.text()).toBe(CONFIG);
  await page.getByTestId('redo').click();
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toBeVisible();
  // keyboard shortcuts on the canvas reach the same history
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(studio.edgeLabel('mount:services:consumer:/data')).toBeVisible();
});

test('deleting a selected edge removes the bind; deleting a volume removes its mounts', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.connect('volume:data', 'container:services:consumer');
  await studio.connect('volume:data', 'container:onboot:producer');
  await expect(studio.edgeLabel('mount:onboot:producer:/data')).toBeVisible();
  await studio.edgeLabel('mount:onboot:producer:/data').click();
  await page.keyboard.press('Delete');
  await expect(studio.edgeLabel('mount:onboot:producer:/data')).toHaveCount(0);
  expect(await studio.text()).not.toContain('producer # writes the data\n    image: alpine:3.20\n    binds');
  await studio.node('volume:data').click();
  await page.keyboard.press('Delete');
  await expect(studio.node('volume:data')).toHaveCount(0);
  const text = await studio.text();
  expect(text).not.toContain('data:/data');
  expect(text).toContain('# the consumer');
});

test('the form of a mount shows in its line: binds solid, binds.add dashed, mounts dotted; solid when zoomed far out', async ({ studio, page }) => {
  await studio.load(`services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/data
    binds.add:
      - cache:/cache
    mounts:
      - type: bind
        source: logs
        destination: /logs
volumes:
  - name: data
  - name: cache
  - name: logs
`);
  const dash = (destination: string) =>
    page.locator(`.react-flow__edge[data-id="mount:services:web:${destination}"] .react-flow__edge-path`).evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(await dash('/data')).toBe('none');
  expect(await dash('/cache')).toBe('6px, 3px');
  expect(await dash('/logs')).toBe('2px, 3px');
  for (let i = 0; i < 12 && !(await page.getByTestId('canvas').evaluate((el) => el.classList.contains('is-zoomed-out'))); i++) {
    await page.locator('.react-flow__controls-zoomout').click();
  }
  await expect(page.getByTestId('canvas')).toHaveClass(/is-zoomed-out/);
  expect(await dash('/cache')).toBe('none');
  expect(await dash('/logs')).toBe('none');
});
