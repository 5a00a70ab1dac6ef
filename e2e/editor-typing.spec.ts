import { expect, test } from './support/studio.ts';

const CONFIG = `# a small system
onboot:
  - name: setup # prepares the disk
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.27
volumes:
  - name: data
`;

test('typing a container into the YAML adds it to the graph', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.setCursor(8, 1);
  await studio.typeInEditor('  - name: api\n    image: alpine:3.20\n');
  await expect(studio.node('container:services:api')).toBeVisible();
  await studio.settledText(CONFIG.replace('volumes:\n', '  - name: api\n    image: alpine:3.20\nvolumes:\n'));
});

test('text that does not parse pauses the graph, keeps every byte, and fixing it resumes sync', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-state', 'ok');
  // an unclosed flow list on line 7
  await studio.setCursor(7, 12);
  await studio.typeInEditor('[');
  const broken = CONFIG.replace('image: nginx:1.27', 'image: [nginx:1.27');
  await expect(status).toHaveAttribute('data-state', 'stale');
  expect(await studio.text()).toBe(broken);
  await expect(page.locator('[data-testid="problem"][data-code="yaml-syntax"]')).not.toHaveCount(0);
  // the error is underlined where it is, and the graph still shows the last good config
  await expect(studio.editor().locator('.squiggly-error').first()).toBeVisible();
  await expect(studio.node('container:services:web')).toBeVisible();
  // graph actions are refused with the reason, the text stays as typed
  await studio.connect('volume:data', 'container:services:web');
  expect(await studio.text()).toBe(broken);
  // fixing the text resumes sync
  await studio.focusEditor();
  await page.keyboard.press('Backspace');
  await expect(status).toHaveAttribute('data-state', 'ok');
  await studio.settledText(CONFIG);
  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
});

test('connecting in the graph writes the bind in place, comments kept, and the cursor above stays where it was', async ({ studio, page }) => {
  await studio.load(CONFIG);
  // cursor right after "setup" on line 3
  await studio.setCursor(3, 16);
  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  const connected = CONFIG.replace('    image: nginx:1.27\n', '    image: nginx:1.27\n    binds:\n      - data:/data\n');
  expect(await studio.text()).toBe(connected);
  await studio.focusEditor();
  await studio.typeInEditor('-1');
  await studio.settledText(connected.replace('name: setup #', 'name: setup-1 #'));
  // and a graph edit above the cursor shifts it with its text
  await studio.setCursor(11, 15);
  await expect(studio.node('container:onboot:setup-1')).toBeVisible();
  await studio.connect('volume:data', 'container:onboot:setup-1');
  await expect(studio.edgeLabel('mount:onboot:setup-1:/data')).toBeVisible();
  await studio.focusEditor();
  await page.keyboard.press('End');
  await studio.typeInEditor(' # scratch');
  const text = await studio.text();
  expect(text).toContain('  - name: data # scratch\n');
  expect(text).toContain('    image: alpine:3.20\n    binds:\n      - data:/data\nservices:');
});

test('the editor keeps its scroll position and cursor when a graph action edits lines far below', async ({ studio, page }) => {
  const many = Array.from({ length: 30 }, (_, i) => `  - name: svc${i}\n    image: alpine:3.20\n`).join('');
  await studio.load(`services:\n${many}volumes:\n  - name: data\n`);
  await studio.setCursor(20, 5);
  const firstLine = () => studio.editor().locator('.line-numbers').first().textContent();
  const before = await firstLine();
  await studio.fitView();
  // 30 services do not fit at a legible zoom: zoom out with the wheel at the top of the canvas,
  // as a user would, until svc29 is in view
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 10);
  const svc29 = studio.node('container:services:svc29');
  for (let i = 0; i < 10 && ((await svc29.boundingBox())?.y ?? Infinity) > canvas.y + canvas.height - 100; i++) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100); // React Flow zooms in steps; let each land before measuring
  }
  await studio.connect('volume:data', 'container:services:svc29');
  await expect(studio.edgeLabel('mount:services:svc29:/data')).toBeVisible();
  expect(await firstLine()).toBe(before);
  await studio.focusEditor();
  await studio.typeInEditor('#');
  // line 20 col 5, just before `name: svc9`
  await expect.poll(async () => (await studio.text()).split('\n')[19]).toBe('  - #name: svc9');
});
