/* global fetch, setTimeout, localStorage, Buffer -- Node 20 globals; localStorage is used inside page.evaluate (browser) */
// Takes docs/screenshot-light.png and docs/screenshot-dark.png (1440x900) of a production build
// (and the runtime, data-flow and two-file build views the README shows):
// the data-pipeline example (the one that teaches onboot) with Explain on and the service's
// read-only mount selected: what a teacher would project.
//   node scripts/screenshots.mjs            builds into a temporary folder, then serves it
//   SCREENSHOT_DIST=dist node scripts/...   uses an existing build
// SCREENSHOT_PORT (default 4618) and CHROMIUM_PATH (default: scripts/chromiumPath.mjs) can be set.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadConfigFromFile } from 'vite';

const port = Number(process.env.SCREENSHOT_PORT ?? 4618);
const origin = `http://127.0.0.1:${port}`;
const selectedMount = 'mount:services:api:/srv/data';
// the same Chromium launch options as the e2e tests (read from playwright.config.ts)
async function launchOptions() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, `${root}playwright.config.ts`, root, 'silent');
  return loaded.config.use.launchOptions;
}

function build() {
  if (process.env.SCREENSHOT_DIST) return { dist: process.env.SCREENSHOT_DIST, cleanup: () => {} };
  const dist = mkdtempSync(join(tmpdir(), 'studio-screenshots-'));
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
  return { dist, cleanup: () => rmSync(dist, { recursive: true, force: true }) };
}

async function waitForServer(server) {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (is port ${port} taken?)`);
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${origin}`);
}

/** A fresh page of the app (storage cleared: the default example) at 1440 px wide, the editor ready. */
async function openStudio(browser, colorScheme, height) {
  const context = await browser.newContext({ viewport: { width: 1440, height }, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(origin);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId('yaml-editor').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 20_000 });
  return { context, page };
}

async function shoot(browser, colorScheme, file) {
  const { context, page } = await openStudio(browser, colorScheme, 900);
  await page.getByTestId('examples').click();
  await page.getByTestId('example-data-pipeline').click();
  await page.locator(`.edge-label[data-edge-id="${selectedMount}"]`).waitFor();
  await page.getByTestId('explain-toggle').click();
  await page.locator(`.edge-label[data-edge-id="${selectedMount}"]`).click();
  await page.getByTestId('explain').getByText('What the container sees').waitFor();
  await page.locator(`html[data-theme="${colorScheme}"]`).waitFor();
  // let the fit-view and Monaco's theme settle before the picture
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  await context.close();
  console.log(`wrote ${file}`);
}

// The runtime view of the example's getty given one binds.add entry: the file's own row beside the image's and LinuxKit's.
async function shootRuntime(browser, colorScheme, file) {
  const { context, page } = await openStudio(browser, colorScheme, 1500);
  const example = readFileSync('src/app/examples/config-sharing.yml', 'utf8');
  const text = example.replace('      - INSECURE=true\n', '      - INSECURE=true\n    binds.add:\n      - /etc/profile.d:/etc/profile.d:ro\n');
  await page.getByTestId('open-file-input').setInputFiles({ name: 'linuxkit.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.locator('.react-flow__node[data-id="container:services:getty"]').click();
  await page.getByTestId('runtime-config').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.locator(`html[data-theme="${colorScheme}"]`).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: file, clip: await page.locator('.side-top').boundingBox() });
  await context.close();
  console.log(`wrote ${file}`);
}

// The data-flow view of the log-collection example, with Explain on.
async function shootDataFlow(browser, colorScheme, file) {
  const { context, page } = await openStudio(browser, colorScheme, 900);
  const text = readFileSync('src/app/examples/log-collection.yml', 'utf8');
  await page.getByTestId('open-file-input').setInputFiles({ name: 'linuxkit.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.getByTestId('view-data-flow').click();
  await page.getByTestId('explain-toggle').click();
  await page.getByTestId('flow-explain').first().waitFor();
  await page.locator(`html[data-theme="${colorScheme}"]`).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  await context.close();
  console.log(`wrote ${file}`);
}

// A build of two files: an example split where its services start (base.yml, then extras.yml), a service selected.
async function shootBuild(browser, colorScheme, file) {
  const { context, page } = await openStudio(browser, colorScheme, 900);
  const example = readFileSync('src/app/examples/config-sharing.yml', 'utf8');
  const at = example.indexOf('\nservices:\n') + 1;
  const files = [
    ['base.yml', example.slice(0, at)],
    ['extras.yml', `# services and volumes for this target\n${example.slice(at)}`],
  ];
  await page.getByTestId('open-file-input').setInputFiles(files.map(([name, text]) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) })));
  await page.getByTestId('file-tab').nth(1).waitFor();
  await page.locator('.react-flow__node[data-id="container:services:getty"]').click();
  await page.locator(`html[data-theme="${colorScheme}"]`).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: file });
  await context.close();
  console.log(`wrote ${file}`);
}

const { dist, cleanup } = build();
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), '--outDir', dist], {
  stdio: 'ignore',
  detached: true,
});
let browser;
try {
  await waitForServer(server);
  browser = await chromium.launch({ ...(await launchOptions()), headless: true });
  await shoot(browser, 'light', 'docs/screenshot-light.png');
  await shoot(browser, 'dark', 'docs/screenshot-dark.png');
  await shootRuntime(browser, 'light', 'docs/runtime-view.png');
  await shootDataFlow(browser, 'light', 'docs/data-flow.png');
  await shootDataFlow(browser, 'dark', 'docs/data-flow-dark.png');
  await shootBuild(browser, 'light', 'docs/build-two-files.png');
} finally {
  await browser?.close();
  // the preview runs in its own process group (npx + vite): end that group only
  process.kill(-server.pid, 'SIGTERM');
  cleanup();
}
