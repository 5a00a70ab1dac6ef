import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, Studio, test } from './support/studio.ts';
import { switchableServer } from './support/switchableServer.ts';

// The other specs block service workers (playwright.config.ts); this one is about updates.
test.use({ serviceWorkers: 'allow' });

const DIST = resolve(process.env.E2E_DIST ?? 'dist');

/**
 * The next deploy: the same build with a changed index.html (a marker the test can see) and the
 * sw.js that lists it under a new revision, as every real deploy's sw.js differs from the last.
 */
function nextDeploy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'studio-next-deploy-'));
  cpSync(DIST, dir, { recursive: true });
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head>\n    <meta name="studio-deploy" content="next" />'));
  const sw = join(dir, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next-deploy"');
  if (after === before) throw new Error('sw.js does not list index.html with a revision: the build changed');
  writeFileSync(sw, after);
  return dir;
}

test('a new version is announced, waits while the user edits, and loads only on "Reload to update", keeping the work', async ({ page }) => {
  test.setTimeout(120_000); // the first visit stores the whole app (about 6.5 MiB) on a shared machine
  const next = nextDeploy();
  const server = await switchableServer(DIST);
  try {
    const studio = new Studio(page, server.url.replace(/\/$/, ''));
    await page.goto(server.url);
    await studio.waitReady();
    await expect(page.getByTestId('offline-ready')).toHaveText('Works offline', { timeout: 60_000 });

    // the host deploys a new version; the user comes back to the open app
    server.serve(next);
    await page.reload();
    await studio.waitReady();
    const update = page.getByTestId('update-ready');
    await expect(update).toContainText('New version ready', { timeout: 60_000 });
    await expect(page.locator('meta[name="studio-deploy"]')).toHaveCount(0);

    // typing goes on in the running version: the new one does not take over by itself
    await studio.setCursor(1, 1);
    await studio.typeInEditor('# kept across the update\n');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    await page.waitForTimeout(1500); // time in which a self-activating worker would have reloaded the page
    await expect(page.locator('meta[name="studio-deploy"]')).toHaveCount(0);
    await expect(update).toBeVisible();
    const typed = await studio.text();
    expect(typed.startsWith('# kept across the update\n')).toBe(true);

    // the user chooses the update: the page reloads into the new version with the work in place
    await update.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.locator('meta[name="studio-deploy"]')).toHaveCount(1, { timeout: 30_000 });
    await studio.waitReady();
    expect(await studio.text()).toBe(typed);
    expect(studio.foreignRequests).toEqual([]);
    expect(studio.consoleErrors).toEqual([]);
  } finally {
    await server.close();
    rmSync(next, { recursive: true, force: true });
  }
});
