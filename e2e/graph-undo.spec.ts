import { expect, test, type Studio } from './support/studio.ts';

const CONFIG = `# undo tests: every graph action is one step
onboot:
  - name: sysctl # first
    image: linuxkit/sysctl:v1.0.0
  - name: format
    image: linuxkit/format:v1.0.0
services:
  - name: web
    image: nginx:1.27-alpine # the site
`;

async function newNode(studio: Studio, before: string[], prefix: string): Promise<string> {
  let found = '';
  await expect
    .poll(async () => {
      found = (await studio.nodeIds()).find((id) => id.startsWith(prefix) && !before.includes(id)) ?? '';
      return found;
    })
    .not.toBe('');
  return found;
}

test('undo and redo step through add container, add volume, connect, rename, reorder and delete, byte for byte', async ({ studio, page }) => {
  test.setTimeout(60_000);
  await studio.load(CONFIG);
  const texts = [CONFIG];
  const record = async () => {
    const text = await studio.text();
    expect(text).not.toBe(texts[texts.length - 1]);
    texts.push(text);
  };

  let ids = await studio.nodeIds();
  await studio.dragFromPalette('palette-container-services', studio.lane('services'));
  const container = await newNode(studio, ids, 'container:services:');
  await record();

  ids = await studio.nodeIds();
  await studio.dragFromPalette('palette-volume-blank', studio.lane('volumes'));
  const volume = await newNode(studio, ids, 'volume:');
  await record();

  await studio.connect(volume, container);
  await expect(page.locator('.edge-label')).toHaveCount(1);
  await record();

  await studio.node('container:services:web').click();
  const name = studio.inspector().getByTestId('field-name');
  await name.fill('site');
  await name.press('Enter');
  await expect(studio.node('container:services:site')).toBeVisible();
  await record();

  await studio.node('container:onboot:format').click();
  await studio.inspector().getByTestId('move-up').click();
  await expect(studio.inspector().getByTestId('inspector-order')).toHaveText('runs 1 of 2');
  await record();

  await studio.node(container).click();
  await page.keyboard.press('Delete');
  await expect(studio.node(container)).toHaveCount(0);
  await record();
  expect(texts).toHaveLength(7);

  // walk back: toolbar and keyboard alternately
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  for (let i = texts.length - 1; i > 0; i--) {
    if (i % 2 === 0) await page.getByTestId('undo').click();
    else {
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
    }
    await expect.poll(() => studio.text(), `undo back to step ${i - 1}`).toBe(texts[i - 1]);
  }
  await expect(studio.node('container:services:web')).toBeVisible();
  await expect(studio.node(volume)).toHaveCount(0);

  // and forward again
  for (let i = 1; i < texts.length; i++) {
    if (i % 2 === 0) await page.getByTestId('redo').click();
    else {
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Shift+z');
    }
    await expect.poll(() => studio.text(), `redo to step ${i}`).toBe(texts[i]);
  }
  await expect(studio.node('container:services:site')).toBeVisible();
  expect(studio.consoleErrors).toEqual([]);
});
