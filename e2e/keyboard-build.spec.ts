import type { Locator, Page } from '@playwright/test';
import { analyze } from '../src/core/analyze.ts';
import { expect, test } from './support/studio.ts';

// Keyboard only: every element is reached with Tab (or Shift+Tab) from where the focus is.
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reachable with ${back ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

/** Replaces a text field's value and commits it with Enter. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// What the session below writes, from "New" (which has no placeholder text of its own): the log-collection example's shape
// (src/app/examples/log-collection.yml) without its comments and dhcpcd's command line.
const LOG_COLLECTION = `kernel:
  image: linuxkit/kernel:6.12.59
  cmdline: "console=tty0 console=ttyS0"
init:
  - linuxkit/init:b5506cc74a6812dc40982cacfd2f4328f8a4b12a
  - linuxkit/runc:9442aa234715e751a16144f1d4ae3fd1a00fd492
  - linuxkit/containerd:ba19f64efd3331a8fd0a33e00eabd14f6ee1780e
onboot:
  - name: dhcpcd
    image: linuxkit/dhcpcd:b87e9ececac55a65eaa592f4dd8b4e0c3009afdb
services:
  - name: web
    image: nginx:1.27-alpine
    binds:
      - logs:/var/log/nginx
  - name: worker
    image: ghcr.io/example/worker:3.2.0
    binds:
      - logs:/var/log/worker
  - name: collector
    image: fluent/fluent-bit:3.1.9
    binds:
      - logs:/logs:ro
volumes:
  - name: logs
`;

test('the expected text is a LinuxKit config without problems', () => {
  expect(analyze(LOG_COLLECTION).diagnostics).toEqual([]);
});

test('a keyboard-only session builds the log-collection example from New and exports it', async ({ studio, page }) => {
  test.setTimeout(180_000);
  const inspector = studio.inspector();
  await page.locator('body').focus();
  await tabTo(page, page.getByRole('button', { name: 'New', exact: true }));
  await page.keyboard.press('Enter');
  // the canvas shows the bare config (the text itself is checked at the end, by the export)
  await expect(page.locator('.react-flow__node-container')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-kernel')).toHaveCount(1);

  // onboot: the dhcpcd package
  await tabTo(page, page.getByRole('button', { name: 'Add dhcpcd' }));
  await page.keyboard.press('Enter');
  await expect(studio.node('container:onboot:dhcpcd')).toBeVisible();

  // three services, each named and given its image in the inspector
  for (const [name, image] of [
    ['web', 'nginx:1.27-alpine'],
    ['worker', 'ghcr.io/example/worker:3.2.0'],
    ['collector', 'fluent/fluent-bit:3.1.9'],
  ]) {
    await tabTo(page, page.getByRole('button', { name: 'Add service' }), { back: true });
    await page.keyboard.press('Enter');
    await expect(inspector.getByTestId('container-inspector')).toBeVisible();
    await typeInto(page, inspector.getByTestId('field-name'), name);
    await expect(studio.node(`container:services:${name}`)).toBeVisible();
    await typeInto(page, inspector.getByTestId('field-image'), image);
    await expect(studio.node(`container:services:${name}`)).toContainText(image.split('/').pop()!.split(':')[0]);
    await page.keyboard.press('Shift+Tab');
  }

  // one blank volume, named logs
  await tabTo(page, page.getByRole('button', { name: 'Add blank volume' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(inspector.getByTestId('volume-inspector')).toBeVisible();
  await typeInto(page, inspector.getByTestId('field-name'), 'logs');
  await expect(studio.node('volume:logs')).toBeVisible();

  // "Mount into…" from the volume: container, destination, read-only
  for (const [container, destination, readOnly] of [
    ['web', '/var/log/nginx', false],
    ['worker', '/var/log/worker', false],
    ['collector', '/logs', true],
  ] as const) {
    await tabTo(page, inspector.getByTestId('mount-prompt'));
    await page.keyboard.press('Enter');
    const target = inspector.getByTestId('mount-prompt-target');
    await expect(target).toBeFocused();
    // a focused select changes with the arrow keys: from the first container down to the one wanted
    await page.keyboard.press('Home');
    for (let i = 0; i < 4 && !(await target.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).startsWith(`${container} `); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab');
    await expect(inspector.getByTestId('mount-prompt-destination')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(destination);
    if (readOnly) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expect(inspector.getByTestId('mount-prompt-readonly')).toBeChecked();
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await expect(studio.edgeLabel(`mount:services:${container}:${destination}`)).toBeVisible();
    await expect(inspector.getByTestId('mount-prompt')).toBeFocused();
  }

  await expect(page.locator('[data-testid="problem"][data-severity="error"]')).toHaveCount(0);
  await tabTo(page, page.getByTestId('export-yaml'), { back: true });
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(LOG_COLLECTION);
  expect(studio.consoleErrors).toEqual([]);
});
