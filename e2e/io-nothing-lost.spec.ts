import { deflateRawSync } from 'node:zlib';
import { generateConfig } from '../bench/generateConfig.ts';
import { expect, test, type Studio } from './support/studio.ts';

// Large texts on a shared machine: a generous guard against hangs (no step is timed).
test.describe.configure({ timeout: 180_000 });

/** A share link as the app makes them: `#lks1.` + base64url(deflate-raw(JSON)). */
function shareLinkOf(text: string, positions: Record<string, { x: number; y: number }> = {}): string {
  return `/#lks1.${deflateRawSync(Buffer.from(JSON.stringify({ t: text, p: positions }))).toString('base64url')}`;
}

/** A legal config of `n` services (about 60 bytes each). */
function servicesConfig(n: number): string {
  let text = 'services:\n';
  for (let i = 0; i < n; i++) text += `  - name: service-${i}\n    image: example/service-${i}:1.0.${i}\n`;
  return text;
}

/** Large configs open in seconds on a busy machine: wait patiently. */
const openLarge = (studio: Studio, text: string, name = 'linuxkit.yml') => studio.load(text, name, { timeout: 60_000 });

const SHARED = `services:
  - name: shared
    image: nginx:1.27
`;

test.describe('without site storage', () => {
  test('with site data blocked the app still opens and the toolbar says the work is not saved', async ({ studio, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    await studio.waitReady();
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('save-status')).toContainText('Not saved: this browser blocks site data');
    // editing and the divider work as before
    await studio.load(SHARED);
    await page.getByRole('separator', { name: 'Resize the editor' }).press('ArrowLeft');
    await expect(studio.node('container:services:shared')).toBeVisible();
    expect(studio.consoleErrors).toEqual([]);
  });

  test('with storage full, dragging the divider still resizes and nothing breaks', async ({ studio, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await studio.waitReady();
    const divider = page.getByRole('separator', { name: 'Resize the editor' });
    const before = Number(await divider.getAttribute('aria-valuenow'));
    const box = (await divider.boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 120, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number(await divider.getAttribute('aria-valuenow'))).toBeGreaterThan(before + 60);
    expect(studio.consoleErrors).toEqual([]);
  });
});

test('typing the editor still holds back (a config of about 50 KiB) is saved when the page reloads at once', async ({ studio, page }) => {
  const text = servicesConfig(800);
  expect(text.length).toBeGreaterThan(36 * 1024);
  expect(text.length).toBeLessThan(60 * 1024);
  await openLarge(studio, text);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await studio.focusEditor();
  await page.keyboard.press('Control+End');
  // one edit first: the editor measures how slow an update is, and then holds typing back
  await page.keyboard.type('#');
  await expect.poll(() => studio.text(), { timeout: 60_000 }).toBe(`${text}#`);
  await studio.focusEditor();
  await page.keyboard.type(' abcdefghij');
  await page.reload();
  await studio.waitReady();
  await expect.poll(() => studio.text(), { timeout: 60_000 }).toBe(`${text}# abcdefghij`);
});

test('a config opened from a share link on a first visit is saved: a reload shows it again', async ({ studio, page }) => {
  await page.goto('about:blank');
  await page.goto(shareLinkOf(SHARED));
  await studio.waitReady();
  expect(await studio.text()).toBe(SHARED);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await studio.waitReady();
  expect(await studio.text()).toBe(SHARED);
});

test.describe('share links within budgets', () => {
  test('a link longer than any the app makes is refused with a notice, and nothing changes', async ({ studio, page }) => {
    const before = await studio.text();
    await page.goto('about:blank');
    // random names do not compress: the link is over 32 KiB although the config is small
    const names = Array.from({ length: 2500 }, (_, i) => `s${i}-${Math.random().toString(36).slice(2)}`);
    const link = shareLinkOf(`services:\n${names.map((n) => `  - name: ${n}\n    image: x/${n}:1\n`).join('')}`);
    expect(link.length).toBeGreaterThan(33 * 1024);
    await page.goto(link);
    await studio.waitReady();
    await expect(page.getByTestId('notice')).toContainText('links made by LinuxKit Studio hold at most 32 KiB');
    expect(await studio.text()).toBe(before);
  });

  test('a short link that inflates far past the open limit is refused like a large file, and nothing changes', async ({ studio, page }) => {
    const before = await studio.text();
    const bomb = shareLinkOf(`# ${'a'.repeat(12 * 1024 * 1024)}\n`);
    expect(bomb.length).toBeLessThan(32 * 1024);
    await page.goto('about:blank');
    await page.goto(bomb);
    await studio.waitReady();
    await expect(page.getByTestId('notice')).toContainText('The shared config is over 2.0 MiB; the limit is 2 MiB. Nothing was changed.');
    expect(await studio.text()).toBe(before);
    expect(studio.consoleErrors).toEqual([]);
  });
});

test('a large legal config opened from a file says it is analysed in the background, and its graph arrives', async ({ studio, page }) => {
  const text = servicesConfig(1150);
  expect(text.length).toBeGreaterThan(64 * 1024);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'big.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await expect(page.getByTestId('notice')).toContainText('big.yml is large');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', 'true');
  // the page answers while the analysis runs
  await expect(page.getByRole('button', { name: 'Explain' })).toBeEnabled();
  await expect(studio.node('container:services:service-0')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sync-status')).not.toHaveAttribute('data-pending', 'true', { timeout: 60_000 });
  // once read, the note about reading it goes by itself
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect.poll(() => studio.text(), { timeout: 60_000 }).toBe(text);
});

test('while a large config opens, progress is shown and the page paints between chunks of its graph; every node is drawn in the end', async ({ studio, page }) => {
  const { text, containers } = generateConfig(150);
  // in the page: each painted frame's count of container nodes, and what the progress said, until all are drawn
  const frames = page.evaluate(
    (total) =>
      new Promise<{ partial: number[]; said: string[] }>((done) => {
        const partial: number[] = [];
        const said = new Set<string>();
        const frame = () => {
          const n = document.querySelectorAll('.react-flow__node-container').length;
          const progress = document.querySelector('[data-testid="open-progress"]');
          if (progress) said.add(`${progress.getAttribute('data-stage')}: ${progress.textContent}`);
          if (n > 0 && n < total) partial.push(n);
          if (n === total) done({ partial, said: [...said] });
          else requestAnimationFrame(frame);
        };
        // the example's containers are not the generated ones: wait for them to go
        requestAnimationFrame(frame);
      }),
    containers,
  );
  await page.getByTestId('open-file-input').setInputFiles({ name: 'large.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  const { partial, said } = await frames;
  // the graph came in over several painted frames, growing each time (today's build drew it in one task)
  expect(partial.length).toBeGreaterThanOrEqual(3);
  expect(new Set(partial).size).toBeGreaterThanOrEqual(3);
  expect(said.some((s) => s.startsWith('analysing: Reading the config in the background'))).toBe(true);
  expect(said.some((s) => /^drawing: Drawing the graph: \d+ of \d+ elements$/.test(s))).toBe(true);
  await expect(page.getByTestId('open-progress')).toHaveCount(0);
  // the last container and its edges are on the canvas, off-screen or not
  await expect(studio.node(`container:onshutdown:onshutdown-${containers - 1}`)).toBeAttached();
  await expect.poll(() => studio.text(), { timeout: 60_000 }).toBe(text);
});

test('a share link whose layout has out-of-range coordinates still shows every node at a readable size', async ({ studio, page }) => {
  const two = `${SHARED}  - name: other\n    image: nginx:1.27\n`;
  await page.goto('about:blank');
  await page.goto(shareLinkOf(two, { 'container:services:shared': { x: 1e308, y: 5 }, 'container:services:other': { x: 10, y: 10 } }));
  await studio.waitReady();
  await studio.fitView();
  for (const id of ['container:services:shared', 'container:services:other']) {
    await expect(studio.node(id)).toBeInViewport();
    // placed out of sight, fitting the view would shrink both to a speck
    expect((await studio.node(id).boundingBox())!.width).toBeGreaterThan(60);
  }
});

test('a file whose layout comment or saved layout holds out-of-range coordinates still shows every node at a readable size', async ({ studio, page }) => {
  const two = `${SHARED}  - name: other\n    image: nginx:1.27\n`;
  const ids = ['container:services:shared', 'container:services:other'];
  const readable = async () => {
    await studio.fitView();
    for (const id of ids) {
      await expect(studio.node(id)).toBeInViewport();
      expect((await studio.node(id).boundingBox())!.width).toBeGreaterThan(60);
    }
  };
  // a "Keep layout" block written by hand (or damaged): 1e999 reads as Infinity
  const block = `${two}# linuxkit-studio-layout v1\n# "container:services:shared" 1e999 5\n# "container:services:other" 10 -1e308\n`;
  await page.getByTestId('open-file-input').setInputFiles({ name: 'far.yml', mimeType: 'application/yaml', buffer: Buffer.from(block) });
  await expect.poll(() => studio.text()).toBe(two);
  await readable();
  // saved work whose positions went out of range
  await page.evaluate((text) => localStorage.setItem('linuxkit-studio:session:v1', JSON.stringify({ text, positions: { 'container:services:shared': { x: 1e308, y: 5 }, 'container:services:other': { x: 10, y: -1e308 } }, rev: 'far' })), two);
  await page.reload();
  await studio.waitReady();
  expect(await studio.text()).toBe(two);
  await readable();
});

test('a file with an ESC byte (which the parser calls binary) is refused with its position, and nothing changes', async ({ studio, page }) => {
  await studio.load(SHARED);
  await page.getByTestId('open-file-input').setInputFiles({ name: 'esc.yml', mimeType: 'application/yaml', buffer: Buffer.from('a: 1\nb: "\u001b[2J"\n') });
  await expect(page.getByTestId('notice')).toContainText('esc.yml contains binary data (the control character U+001B at line 2, column 5). Nothing was changed.');
  expect(await studio.text()).toBe(SHARED);
});

test('a name holding a YAML-escaped control character still exports a PNG picture', async ({ studio, page }) => {
  await studio.load('services:\n  - name: "web\\x01x"\n    image: nginx:1.27\n');
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('a config with a U+2028 line separator opens and is edited without a dialog, the character kept', async ({ studio, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const text = `${SHARED}# a note\u2028with a line separator\n`;
  await studio.load(text);
  await studio.focusEditor();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('#');
  await expect.poll(() => studio.text()).toBe(`${text}#`);
  expect(dialogs).toEqual([]);
});

test('saved work that cannot be read is kept aside, not overwritten, and offered as a download', async ({ studio, page }) => {
  const damaged = '{"text": "services: []\\n", "positions": {"cut short';
  await page.evaluate((raw) => localStorage.setItem('linuxkit-studio:session:v1', raw), damaged);
  await page.reload();
  await studio.waitReady();
  await expect(page.getByTestId('unreadable-save')).toContainText('could not be read');
  // new work is saved as usual, and the damaged copy stays
  await studio.load(SHARED);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const download = page.waitForEvent('download');
  await page.getByTestId('unreadable-save-download').click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(damaged);
  await page.getByTestId('unreadable-save-forget').click();
  await expect(page.getByTestId('unreadable-save')).toBeHidden();
  await page.reload();
  await studio.waitReady();
  await expect(page.getByTestId('unreadable-save')).toBeHidden();
  expect(await studio.text()).toBe(SHARED);
});

test.describe('a paste goes through the open rule', () => {
  test('a paste over the size limit is refused with a notice before the editor takes it; the text stays as it was', async ({ studio, page }) => {
    await studio.load(SHARED);
    const huge = servicesConfig(45_000);
    expect(huge.length).toBeGreaterThan(2 * 1024 * 1024);
    await studio.setCursor(4, 1);
    await studio.typeInEditor(huge);
    await expect(page.getByTestId('notice')).toContainText('The pasted text is 2.');
    await expect(page.getByTestId('notice')).toContainText('the limit is 2 MiB. Nothing was changed.');
    expect(await studio.text()).toBe(SHARED);
    // an ordinary paste still goes in
    await studio.setCursor(4, 1);
    await studio.typeInEditor('volumes:\n  - name: data\n');
    await expect(studio.node('volume:data')).toBeVisible();
    await studio.settledText(`${SHARED}volumes:\n  - name: data\n`);
    expect(studio.consoleErrors).toEqual([]);
  });

  test('a paste holding binary data is refused with the position of the character, as a file would be', async ({ studio, page }) => {
    await studio.load(SHARED);
    await studio.setCursor(4, 1);
    await studio.typeInEditor('# pasted\n# from a \u0000binary file\n');
    await expect(page.getByTestId('notice')).toContainText('The pasted text contains binary data (a NUL byte at line 2, column 10). Nothing was changed.');
    expect(await studio.text()).toBe(SHARED);
  });

  /** Right-clicks the editor's text and picks Paste from Monaco's own context menu (it reads the clipboard, no paste event). */
  const pasteFromContextMenu = async (studio: Studio) => {
    await studio.editor().locator('.view-lines').click({ button: 'right' });
    const paste = studio.page.getByRole('menuitem', { name: /^Paste/ });
    // the menu ignores a click that comes right as it opens: click until it closes (once it has, the click was taken)
    await expect(async () => {
      if (await paste.isVisible()) await paste.click();
      await expect(paste).toBeHidden({ timeout: 1000 });
    }).toPass();
  };

  test("Paste from the editor's context menu is refused like Ctrl+V when the clipboard holds binary data or too much", async ({ studio, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await studio.load(SHARED);
    await studio.setCursor(4, 1);
    await page.evaluate((t) => navigator.clipboard.writeText(t), '# pasted\n# from a \u0000binary file\n');
    await pasteFromContextMenu(studio);
    await expect(page.getByTestId('notice')).toContainText('The pasted text contains binary data (a NUL byte at line 2, column 10). Nothing was changed.');
    expect(await studio.text()).toBe(SHARED);

    await page.evaluate((t) => navigator.clipboard.writeText(t), servicesConfig(45_000));
    await studio.setCursor(4, 1);
    await pasteFromContextMenu(studio);
    // the clipboard hands over megabytes slowly on a busy machine
    await expect(page.getByTestId('notice')).toContainText('The pasted text is 2.', { timeout: 30_000 });
    await expect(page.getByTestId('notice')).toContainText('the limit is 2 MiB. Nothing was changed.');
    expect(await studio.text()).toBe(SHARED);

    // an ordinary text goes in through the same menu
    await page.evaluate((t) => navigator.clipboard.writeText(t), 'volumes:\n  - name: data\n');
    await studio.setCursor(4, 1);
    await pasteFromContextMenu(studio);
    await expect(studio.node('volume:data')).toBeVisible();
    await studio.settledText(`${SHARED}volumes:\n  - name: data\n`);
  });
});

test('saved work over the size limit is not opened (it would freeze the tab) but kept aside and offered as a download', async ({ studio, page }) => {
  const big = servicesConfig(40_000);
  expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
  await page.evaluate((text) => localStorage.setItem('linuxkit-studio:session:v1', JSON.stringify({ text, positions: {}, rev: 'older' })), big);
  await page.reload();
  await studio.waitReady();
  await expect(page.getByTestId('unreadable-save')).toContainText('cannot be opened here: it is 2.');
  await expect(page.getByTestId('unreadable-save')).toContainText('the limit is 2 MiB. This tab started without it. It is kept aside, not overwritten.');
  // the tab works as usual, and its work is saved without asking about "another tab"
  await studio.load(SHARED);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('tab-conflict')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByTestId('unreadable-save-download').click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(big);
  expect(studio.consoleErrors).toEqual([]);
});
