import type { Page } from '@playwright/test';
import { expect, test, type Studio } from './support/studio.ts';

const CONFIG = `onboot:
  - name: sysctl # kernel settings first
    image: linuxkit/sysctl:v1.0.0
  - name: format
    image: linuxkit/format:v1.0.0
  - name: mount
    image: linuxkit/mount:v1.0.0
    command: ["/usr/bin/mountie", "/var/lib"]
services:
  - name: getty
    image: linuxkit/getty:v1.0.0
`;

const SYSCTL = `  - name: sysctl # kernel settings first
    image: linuxkit/sysctl:v1.0.0
`;
const FORMAT = `  - name: format
    image: linuxkit/format:v1.0.0
`;
const MOUNT = `  - name: mount
    image: linuxkit/mount:v1.0.0
    command: ["/usr/bin/mountie", "/var/lib"]
`;
const SERVICES = `services:
  - name: getty
    image: linuxkit/getty:v1.0.0
`;
const ordered = (...items: string[]) => `onboot:\n${items.join('')}${SERVICES}`;

async function badges(studio: Studio): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ['sysctl', 'format', 'mount']) {
    out[name] = (await studio.node(`container:onboot:${name}`).locator('.order-badge').textContent()) ?? '';
  }
  return out;
}

/** The run-order arrows as "from → to" container names, read from where each arrow starts and ends. */
async function sequence(page: Page): Promise<string[]> {
  return page.locator('.react-flow').evaluate((root) => {
    const nodes = [...root.querySelectorAll<HTMLElement>('.react-flow__node-container')].map((el) => {
      const m = /translate\(([-\d.]+)px, *([-\d.]+)px\)/.exec(el.style.transform);
      const x = Number(m?.[1]);
      const y = Number(m?.[2]);
      return { name: (el.dataset.id ?? '').split(':')[2], x, y, w: el.offsetWidth, h: el.offsetHeight };
    });
    const nearest = (px: number, py: number, end: 'top' | 'bottom') =>
      nodes
        .map((n) => ({ n, d: Math.hypot(n.x + n.w / 2 - px, (end === 'top' ? n.y : n.y + n.h) - py) }))
        .sort((a, b) => a.d - b.d)[0].n.name;
    return [...root.querySelectorAll('.react-flow__edge')]
      .filter((e) => (e.getAttribute('data-id') ?? '').startsWith('seq:'))
      .map((e) => {
        const d = e.querySelector('path')?.getAttribute('d') ?? '';
        const nums = (d.match(/-?[\d.]+/g) ?? []).map(Number);
        const [sx, sy] = nums;
        const [tx, ty] = nums.slice(-2);
        return `${nearest(sx, sy, 'bottom')} → ${nearest(tx, ty, 'top')}`;
      });
  });
}

test('dragging an onboot container above the first one moves it first in the YAML and renumbers the lane', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await expect.poll(() => badges(studio)).toEqual({ sysctl: '1', format: '2', mount: '3' });
  await expect.poll(() => sequence(page)).toEqual(['sysctl → format', 'format → mount']);
  const top = await studio.node('container:onboot:sysctl').boundingBox();
  const moved = await studio.node('container:onboot:mount').boundingBox();
  if (!top || !moved) throw new Error('nodes not visible');
  await studio.dragNode('container:onboot:mount', 0, top.y - moved.y - 30);
  await expect.poll(() => studio.text()).toBe(ordered(MOUNT, SYSCTL, FORMAT));
  await expect.poll(() => badges(studio)).toEqual({ mount: '1', sysctl: '2', format: '3' });
  await expect.poll(() => sequence(page)).toEqual(['mount → sysctl', 'sysctl → format']);
  expect(studio.consoleErrors).toEqual([]);
});

test('dragging a node a little without passing a neighbour keeps the YAML as it is', async ({ studio }) => {
  await studio.load(CONFIG);
  const start = await studio.node('container:onboot:format').boundingBox();
  await studio.dragNode('container:onboot:format', 40, 5);
  await expect.poll(async () => (await studio.node('container:onboot:format').boundingBox())?.x).toBeGreaterThan(start!.x + 30);
  expect(await studio.text()).toBe(CONFIG);
});

test('move up and move down in the inspector reorder the YAML, the order badges and the run-order arrows', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.node('container:onboot:format').click();
  const inspector = studio.inspector();
  await inspector.getByTestId('move-up').click();
  await expect(inspector.getByTestId('inspector-order')).toHaveText('runs 1 of 3');
  await expect.poll(() => badges(studio)).toEqual({ format: '1', sysctl: '2', mount: '3' });
  expect(await studio.text()).toBe(ordered(FORMAT, SYSCTL, MOUNT));
  await expect(inspector.getByTestId('move-up')).toBeDisabled();

  await inspector.getByTestId('move-down').click();
  await inspector.getByTestId('move-down').click();
  await expect(inspector.getByTestId('inspector-order')).toHaveText('runs 3 of 3');
  await expect(inspector.getByTestId('move-down')).toBeDisabled();
  await expect.poll(() => badges(studio)).toEqual({ sysctl: '1', mount: '2', format: '3' });
  await expect.poll(() => sequence(page)).toEqual(['sysctl → mount', 'mount → format']);
  expect(await studio.text()).toBe(ordered(SYSCTL, MOUNT, FORMAT));
});

test('services have no order to change', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('container:services:getty').click();
  await expect(studio.inspector().getByTestId('inspector-section')).toHaveText('services');
  await expect(studio.inspector().getByTestId('move-up')).toHaveCount(0);
});
