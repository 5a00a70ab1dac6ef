import { expect, test } from './support/studio.ts';

const CONFIG = `# delete tests
onboot:
  - name: setup # prepares the disk
    image: alpine:3.20
    binds:
      - data:/data
services:
  # the site
  - name: web
    image: nginx:1.27-alpine
    binds:
      - data:/srv:ro
      - /etc/resolv.conf:/etc/resolv.conf
  - name: worker
    image: alpine:3.20
volumes:
  - name: data # shared
  - name: logs
`;

const WORKER = `  - name: worker
    image: alpine:3.20
`;

test('Delete on a selected node removes the container and nothing else', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.node('container:services:worker').click();
  await page.keyboard.press('Delete');
  await expect(studio.node('container:services:worker')).toHaveCount(0);
  expect(await studio.text()).toBe(CONFIG.replace(WORKER, ''));
});

test('Delete on an edge selected by its label removes that bind only', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.edgeLabel('mount:services:web:/srv').click();
  await expect(studio.inspector().getByTestId('mount-inspector')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(studio.edgeLabel('mount:services:web:/srv')).toHaveCount(0);
  expect(await studio.text()).toBe(CONFIG.replace('      - data:/srv:ro\n', ''));
});

test('ctrl+click selects several elements; Delete removes them all as one undo step', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.node('container:services:worker').click();
  await studio.node('volume:logs').click({ modifiers: ['Control'] });
  await studio.edgeLabel('mount:onboot:setup:/data').click({ modifiers: ['Control'] });
  await expect(studio.node('container:services:worker')).toHaveClass(/selected/);
  await expect(studio.node('volume:logs')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(studio.node('container:services:worker')).toHaveCount(0);
  await expect(studio.node('volume:logs')).toHaveCount(0);
  await expect(studio.edgeLabel('mount:onboot:setup:/data')).toHaveCount(0);
  expect(await studio.text()).toBe(
    CONFIG.replace(WORKER, '').replace('  - name: logs\n', '').replace('    binds:\n      - data:/data\n', ''),
  );
  await page.getByTestId('undo').click();
  await expect(studio.node('container:services:worker')).toBeVisible();
  await expect(studio.node('volume:logs')).toBeVisible();
  await expect(studio.edgeLabel('mount:onboot:setup:/data')).toBeVisible();
  expect(await studio.text()).toBe(CONFIG);
});

test('a selection box picks the nodes inside it; Delete removes them and Undo brings them back', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const a = await studio.node('volume:data').boundingBox();
  const b = await studio.node('volume:logs').boundingBox();
  if (!a || !b) throw new Error('volumes not visible');
  const left = Math.min(a.x, b.x) - 10;
  const top = Math.min(a.y, b.y) - 10;
  const right = Math.max(a.x + a.width, b.x + b.width) + 10;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + 10;
  await page.keyboard.down('Shift');
  await page.mouse.move(left, top);
  await page.mouse.down();
  await page.mouse.move(right, bottom, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(studio.node('volume:data')).toHaveClass(/selected/);
  await expect(studio.node('volume:logs')).toHaveClass(/selected/);
  await expect(studio.node('container:services:web')).not.toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(studio.node('volume:data')).toHaveCount(0);
  await expect(studio.node('volume:logs')).toHaveCount(0);
  // deleting a volume removes its mounts (the binds: lists that become empty go too)
  const deleted = CONFIG.replace('    binds:\n      - data:/data\n', '')
    .replace('      - data:/srv:ro\n', '')
    .replace('volumes:\n  - name: data # shared\n  - name: logs\n', '');
  expect(await studio.text()).toBe(deleted);
  await page.getByTestId('undo').click();
  await expect(studio.node('volume:data')).toBeVisible();
  expect(await studio.text()).toBe(CONFIG);
  await page.getByTestId('redo').click();
  await expect(studio.node('volume:data')).toHaveCount(0);
  expect(await studio.text()).toBe(deleted);
});
