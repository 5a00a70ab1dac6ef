import type { Download, Page } from '@playwright/test';
import { selectedEditorLines } from './support/editorLines.ts';
import { expect, test } from './support/studio.ts';

async function accesses(page: Page): Promise<string[]> {
  return page.getByTestId('flow-access').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-stage'), e.getAttribute('data-container'), e.getAttribute('data-access'), e.getAttribute('data-volume')].join(' ')),
  );
}

async function mountRows(page: Page): Promise<string[]> {
  return page.getByTestId('runtime-mount').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-destination')} ${e.getAttribute('data-origin')}`));
}

test('selecting a service shows what LinuxKit will run: its mounts sorted, each with its origin', async ({ studio, page }) => {
  await studio.node('container:services:getty').click();
  const runtime = page.getByTestId('runtime-config');
  await expect(runtime).toHaveAttribute('data-image-config', 'package');
  // getty's label binds, LinuxKit's own mounts where no bind replaces them, sorted by destination
  expect(await mountRows(page)).toEqual([
    '/containers image',
    '/dev image',
    '/dev/pts linuxkit',
    '/etc/resolv.conf image',
    '/hostroot/etc image',
    '/proc linuxkit',
    '/run image',
    '/sys image',
    '/sys/fs/cgroup linuxkit',
    '/tmp image',
    '/usr/bin/ctr image',
    '/usr/bin/runc image',
    '/var/lib/containerd image',
    '/var/log image',
  ]);
  await expect(runtime.locator('[data-destination="/dev"]')).toContainText("replaces LinuxKit's tmpfs");

  await studio.node('container:services:web').click();
  await expect(runtime).toHaveAttribute('data-image-config', 'assumed-none');
  await expect(page.getByTestId('runtime-assumed-none')).toContainText('nginx:1.27-alpine is not a LinuxKit package');
  expect(await mountRows(page)).toEqual([
    '/dev linuxkit',
    '/dev/pts linuxkit',
    '/etc/nginx/conf.d config',
    '/proc linuxkit',
    '/sys linuxkit',
    '/sys/fs/cgroup linuxkit',
    '/var/cache/nginx config',
  ]);
  const conf = runtime.locator('[data-destination="/etc/nginx/conf.d"]');
  await expect(conf).toContainText('volume app-config');
  await expect(conf).toContainText('ro,rbind');
  await expect(runtime.locator('[data-fact="capabilities"]')).toContainText('CAP_CHOWN');
  await expect(runtime.locator('[data-fact="namespaces"]')).toContainText('pid new');

  // the file's own row jumps to its line; LinuxKit's rows are not buttons
  await conf.getByRole('button').click();
  await expect.poll(() => selectedEditorLines(page)).toEqual(['- app-config:/etc/nginx/conf.d:ro']);
  await expect(runtime.locator('[data-destination="/proc"] button')).toHaveCount(0);
});

test('the data-flow view shows each access of the example, stage by stage, and selecting one selects its container and its mount', async ({ studio, page }) => {
  await page.getByTestId('view-data-flow').click();
  const flow = page.getByTestId('data-flow');
  await expect(page.getByTestId('flow-access')).toHaveCount(5);
  // the legend is whole at 1280: it wraps rather than losing what "reads" means
  const legend = flow.locator('.data-flow-legend');
  await expect(legend).toContainText('reads = read-only');
  expect(await legend.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
  expect(await page.getByTestId('flow-stage').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')))).toEqual(['onboot:1', 'services']);
  // dhcpcd's label writes /run/resolvconf, inside the /run getty's label binds: host paths; the volumes from the file
  expect((await accesses(page)).sort()).toEqual(
    [
      'onboot:1 container:onboot:dhcpcd write /run/resolvconf',
      'services container:services:getty write /run',
      'services container:services:web read app-config',
      'services container:services:api read app-config',
      'services container:services:web write cache',
    ].sort(),
  );
  await expect(flow.locator('[data-volume="/run"][data-kind="host"]')).toHaveCount(1);
  await expect(flow.locator('th', { hasText: '/run/resolvconf' })).toContainText('host path');

  await flow.locator('[data-container="container:services:web"][data-volume="cache"]').click();
  await expect(page.getByTestId('rf__edge-mount:services:web:/var/cache/nginx')).toHaveClass(/selected/);
  await expect(studio.node('container:services:web')).toHaveClass(/selected/);
  // both selected, the inspector edits the mount the row is about
  await expect(page.getByTestId('mount-inspector')).toBeVisible();
  await expect(page.getByTestId('multi-inspector')).toHaveCount(0);
  await expect.poll(() => selectedEditorLines(page)).toEqual(['- cache:/var/cache/nginx']);
  // an image default has no line of its own: its container is selected
  await flow.locator('[data-container="container:services:getty"]').click();
  await expect(studio.node('container:services:getty')).toHaveClass(/selected/);
  await expect(studio.node('container:services:web')).not.toHaveClass(/selected/);

  await page.getByTestId('explain-toggle').click();
  await expect(page.getByTestId('flow-explain')).toHaveCount(2);
  await expect(page.getByTestId('flow-explain').nth(0)).toContainText('Step 1 of 1: dhcpcd runs to completion');
});

const TRICKY = `onboot:
  - name: early
    image: alpine:3.20
    binds:
      - "scratch:/s:ro,shared"
  - name: fill
    image: alpine:3.20
    mounts:
      - type: bind
        source: scratch
        destination: /s
        options: [rbind, ro]
      - type: bind
        source: results
        destination: /r
        options: [rw, rbind]
services:
  - name: a
    image: x:1
    binds: ["results:/r", "/dev:/dev"]
  - name: b
    image: x:1
    binds.add: ["results:/data:rw", "empty:/e:ro"]
onshutdown:
  - name: save
    image: alpine:3.20
    binds: ["results:/r:ro"]
volumes:
  - name: scratch
  - name: results
  - name: empty
`;

test('a read-only mount is never shown as a write, and the surprises are pointed out', async ({ studio, page }) => {
  await studio.load(TRICKY);
  await page.getByTestId('view-data-flow').click();
  await expect(page.getByTestId('flow-access')).toHaveCount(7);
  expect((await accesses(page)).sort()).toEqual(
    [
      'onboot:1 container:onboot:early read scratch',
      'onboot:2 container:onboot:fill read scratch',
      'onboot:2 container:onboot:fill write results',
      'services container:services:a write results',
      'services container:services:b write results',
      'services container:services:b read empty',
      'onshutdown:1 container:onshutdown:save read results',
    ].sort(),
  );
  const findings = await page.getByTestId('flow-finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('data-stage')}`));
  expect(findings).toEqual(['never-written onboot:1', 'never-written services', 'concurrent-writers services', 'hidden-path services']);
  await expect(page.getByTestId('flow-finding').nth(2)).toContainText('Services a and b write volume results at the same time');
  // a host bind has no edge: the finding selects its container and shows the bind in the editor
  await page.getByTestId('flow-finding').nth(3).click();
  await expect(studio.node('container:services:a')).toHaveClass(/selected/);
  await expect.poll(() => selectedEditorLines(page)).toEqual(['binds: ["results:/r", "/dev:/dev"]']);
});

async function text(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('the SVG picture shows the data flow under the graph', async ({ studio, page }) => {
  await expect(studio.node('container:services:web')).toBeVisible();
  await page.getByTestId('export-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  const svg = await text(await download);
  expect(svg).toContain('<g class="data-flow">');
  expect(svg).toContain('<g class="flow-access" data-access="write" data-volume="cache" data-container="container:services:web">');
  expect(svg).toContain('<g class="node" data-id="container:services:web">');
});
