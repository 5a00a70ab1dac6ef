import { expect, test, type Studio } from './support/studio.ts';

const CONFIG = `onboot:
  - name: setup
    image: alpine:3.20
services:
  - name: web
    image: nginx:1.27
    uid: 
    binds:
      - 
    mounts:
      - type: bind
        source: 
        destination: /srv
volumes:
  - name: data
    readonly: false
  - name: config
    image: alpine:3.20
    format: 
`;

async function suggestAt(studio: Studio, line: number, column: number): Promise<void> {
  await studio.setCursor(line, column);
  await studio.page.keyboard.press('Control+Space');
}

function suggestions(studio: Studio) {
  return studio.editor().locator('.suggest-widget .monaco-list-row');
}

test('completion offers volume names at the start of a bind and inserts `name:`', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await suggestAt(studio, 9, 9);
  await expect(suggestions(studio).filter({ hasText: 'data' })).toHaveCount(1);
  await expect(suggestions(studio).filter({ hasText: 'config' })).toHaveCount(1);
  await page.keyboard.type('da');
  await expect(suggestions(studio).first()).toContainText('data');
  await page.keyboard.press('Enter');
  await studio.typeInEditor('/data');
  await studio.settledText(CONFIG.replace('      - \n', '      - data:/data\n'));
});

test('completion offers volume names in a mount source and container names for uid', async ({ studio }) => {
  await studio.load(CONFIG);
  await suggestAt(studio, 12, 17);
  await expect(suggestions(studio).filter({ hasText: 'data' })).toHaveCount(1);
  await studio.page.keyboard.press('Escape');
  await suggestAt(studio, 7, 10);
  await expect(suggestions(studio).filter({ hasText: 'setup' })).toHaveCount(1);
  await expect(suggestions(studio).filter({ hasText: 'web' })).toHaveCount(1);
});

test('schema completion and hover work in volumes and mounts, with no request leaving the app', async ({ studio, page }) => {
  await studio.load(CONFIG);
  // enum values of a volume's format
  await suggestAt(studio, 19, 13);
  await expect(suggestions(studio).filter({ hasText: /^oci/ })).toHaveCount(1);
  await expect(suggestions(studio).filter({ hasText: /^filesystem/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  // keys of a mounts entry
  await studio.setCursor(13, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  await expect(suggestions(studio).filter({ hasText: /^options/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  // hover shows the field docs
  await studio.editor().locator('.view-line span', { hasText: /^readonly$/ }).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'may only mount the volume read-only' })).toBeVisible();
  await page.mouse.move(0, 0);
  await studio.editor().locator('.view-line span', { hasText: /^destination$/ }).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Absolute path inside the container' })).toBeVisible();
  expect(studio.foreignRequests).toEqual([]);
  expect(studio.consoleErrors).toEqual([]);
});
