import { expect, test } from './support/studio.ts';

// The other specs block service workers (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

const CONFIG = `services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/srv
volumes:
  - name: data
`;

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

test('the app is installable: a manifest with name, start URL, standalone display and icons', async ({ studio, page }) => {
  await studio.waitReady();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, page.url()).href;
  const manifest = (await (await page.request.get(manifestUrl)).json()) as Manifest;
  expect(manifest).toMatchObject({ name: 'LinuxKit Studio', short_name: 'LK Studio', start_url: './', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  const icon = (size: string, purpose: string) => manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
  for (const wanted of [icon('192x192', 'any'), icon('512x512', 'any'), icon('512x512', 'maskable')]) {
    expect(wanted?.type).toBe('image/png');
    const res = await page.request.get(new URL(wanted!.src, manifestUrl).href);
    expect(res.headers()['content-type']).toBe('image/png');
    const [width, height] = pngSize(await res.body());
    expect(`${width}x${height}`).toBe(wanted!.sizes);
  }
  // theme colours for both themes, and the favicon
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveCount(1);
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await page.request.get(new URL(favicon!, page.url()).href)).headers()['content-type']).toBe('image/svg+xml');
});

test('after one visit the app opens, edits, shows graph and problems, and exports with the network off', async ({ studio, page, context }) => {
  test.setTimeout(90_000); // the first visit stores the whole app (about 6.5 MiB) on a shared machine
  await studio.load(CONFIG);
  // install state: the service worker is active and the toolbar says the app works offline
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 45_000 }).toBe('activated');
  await expect(page.getByTestId('offline-ready')).toHaveText('Works offline');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await context.setOffline(true);
  await page.reload();
  await studio.waitReady();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // the autosaved work is back, drawn as a graph
  await expect(studio.node('container:services:web')).toBeVisible();
  await expect(studio.node('volume:data')).toBeVisible();

  // an edit in the editor: a bind to a volume that does not exist
  await studio.setCursor(5, 1);
  await studio.typeInEditor('      - logs:/var/log\n');
  await expect(page.locator('[data-testid="problem"][data-code="unknown-volume"]')).toBeVisible();
  await expect(studio.edgeLabel('mount:services:web:/srv')).toBeVisible();

  // a graph edit (Monaco, the command engine and the inspector all came from the cache)
  await page.getByRole('button', { name: 'Add blank volume' }).press('Enter');
  await expect(studio.node('volume:volume-1')).toBeVisible();

  // export, through the dialog that lists the error
  const expected = `${CONFIG.replace('      - data:/srv\n', '      - logs:/var/log\n      - data:/srv\n')}  - name: volume-1\n`;
  expect(await studio.text()).toBe(expected);
  expect(studio.foreignRequests).toEqual([]);
  expect(studio.consoleErrors).toEqual([]);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}
