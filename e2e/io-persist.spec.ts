import { deflateRawSync } from 'node:zlib';
import { expect, Studio, test } from './support/studio.ts';

const MINE = `services:
  - name: mine
    image: nginx:1.27
    binds:
      - data:/srv
volumes:
  - name: data
`;
const THEIRS = MINE.replace('name: mine', 'name: theirs');

test('autosave brings text and layout back exactly after a reload', async ({ studio, page }) => {
  await studio.load(MINE);
  await studio.dragNode('volume:data', 40, 120);
  const layout = await studio.layout();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await studio.waitReady();
  expect(await studio.text()).toBe(MINE);
  await expect.poll(() => studio.layout()).toEqual(layout);
});

test('when the browser refuses to store, the toolbar says the work is not saved', async ({ studio, page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await studio.waitReady();
  await studio.load(MINE);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toContainText('not being saved');
});

test('a second tab does not clobber the first: the tab that is behind is asked, and nothing is lost', async ({ studio, page, context, baseURL }) => {
  await studio.load(MINE);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const second = new Studio(await context.newPage(), baseURL!);
  await second.page.goto('/');
  await second.waitReady();
  expect(await second.text()).toBe(MINE);

  // the second tab saves other work: the first tab stops saving and asks
  await second.load(THEIRS);
  await expect(second.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('tab-conflict')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  expect(await page.evaluate(() => localStorage.getItem('linuxkit-studio:session:v1'))).toContain('name: theirs');

  // keep mine: the first tab's work is saved, and now the second tab is asked
  await page.getByTestId('tab-keep-mine').click();
  await expect(page.getByTestId('tab-conflict')).toBeHidden();
  expect(await studio.text()).toBe(MINE);
  await expect(second.page.getByTestId('tab-conflict')).toBeVisible();
  await second.page.getByTestId('tab-load-theirs').click();
  expect(await second.text()).toBe(MINE);
  // the second tab's own work is one undo away
  await second.page.getByTestId('undo').click();
  await expect.poll(() => second.text()).toBe(THEIRS);
  expect(second.consoleErrors).toEqual([]);
});

/** A share link as the app makes them: `#lks1.` + base64url(deflate-raw(JSON)). */
function shareLinkOf(text: string, positions: Record<string, { x: number; y: number }>): string {
  return `/#lks1.${deflateRawSync(Buffer.from(JSON.stringify({ t: text, p: positions }))).toString('base64url')}`;
}

test('undoing an opened share link brings back the previous text and its layout; redo the shared one', async ({ studio, page }) => {
  await studio.load(MINE);
  await studio.dragNode('volume:data', 60, 140);
  await studio.dragNode('container:services:mine', -40, 90);
  const mine = await studio.layout();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // the link's layout puts the shared volume somewhere else
  await page.goto(shareLinkOf(THEIRS, { 'volume:data': { x: 900, y: 40 }, 'container:services:theirs': { x: 60, y: 500 } }));
  await page.getByTestId('share-open').click();
  await expect.poll(() => studio.text()).toBe(THEIRS);
  await expect.poll(async () => (await studio.layout())['volume:data']).not.toBe(mine['volume:data']);
  const shared = await studio.layout();

  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).toBe(MINE);
  await expect.poll(() => studio.layout()).toEqual(mine);
  await page.getByTestId('redo').click();
  await expect.poll(() => studio.text()).toBe(THEIRS);
  await expect.poll(() => studio.layout()).toEqual(shared);
  expect(studio.consoleErrors).toEqual([]);
});

test("undoing \"Load theirs\" brings back this tab's text and its layout", async ({ studio, page, context, baseURL }) => {
  await studio.load(MINE);
  await studio.dragNode('volume:data', 60, 140);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const mine = await studio.layout();

  // another tab saves other work with another layout: this tab is asked
  const other = new Studio(await context.newPage(), baseURL!);
  await other.page.goto('/');
  await other.waitReady();
  await other.load(THEIRS);
  await other.dragNode('volume:data', 220, -60);
  await expect(other.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('tab-conflict')).toBeVisible();

  await page.getByTestId('tab-load-theirs').click();
  await expect.poll(() => studio.text()).toBe(THEIRS);
  await expect.poll(async () => (await studio.layout())['volume:data']).not.toBe(mine['volume:data']);
  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).toBe(MINE);
  await expect.poll(() => studio.layout()).toEqual(mine);
  expect(studio.consoleErrors).toEqual([]);
});

test('"Load theirs" goes through the open rule: another tab\'s save holding binary data is refused in the dialog, and mine is kept', async ({ studio, page, context, baseURL }) => {
  await studio.load(MINE);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  // another tab (or anything else on this origin) stores a text the open rule refuses
  const other = await context.newPage();
  await other.goto(`${baseURL}/favicon.svg`); // same origin, without the app
  await other.evaluate(() =>
    localStorage.setItem('linuxkit-studio:session:v1', JSON.stringify({ text: '# theirs\n# a \u0000 in it\n', positions: {}, rev: 'other' })),
  );
  await expect(page.getByTestId('tab-conflict')).toBeVisible();
  await expect(page.getByTestId('tab-theirs-refused')).toContainText("The other tab's work contains binary data (a NUL byte at line 2, column 5). Nothing was changed");
  await expect(page.getByTestId('tab-load-theirs')).toBeDisabled();
  await page.getByTestId('tab-keep-mine').click();
  await expect(page.getByTestId('tab-conflict')).toBeHidden();
  expect(await studio.text()).toBe(MINE);
  expect(await other.evaluate(() => JSON.parse(localStorage.getItem('linuxkit-studio:session:v1')!).text)).toBe(MINE);
});
