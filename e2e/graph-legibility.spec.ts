import { readFileSync } from 'node:fs';
import { expect, test, type Studio } from './support/studio.ts';
import { generatedConfig } from './support/generatedConfig.ts';

// What a teacher projects must read at a glance: on every example and on a 20-container
// build, at the two most common screen sizes, in both themes.
const examples = ['config-sharing', 'log-collection', 'data-pipeline', 'oci-volume', 'minimal-system'];
const configs: [string, string][] = [
  ...examples.map((id): [string, string] => [id, readFileSync(new URL(`../src/app/examples/${id}.yml`, import.meta.url), 'utf8')]),
  ['generated 20 containers', generatedConfig(20)],
];
const screens = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Picture {
  canvas: Box;
  /** The zoom controls and the minimap: overlays no node may sit under. */
  overlays: Box[];
  nodes: { id: string; box: Box; namePx: number }[];
  labels: { id: string; box: Box; textPx: number }[];
  edges: { id: string; target: string; end: { x: number; y: number } }[];
}

/** Reads the canvas as a user sees it: screen boxes of nodes, their names and labels, and where each mount edge's path ends. */
async function picture(studio: Studio): Promise<Picture> {
  return studio.page.evaluate(() => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const canvas = box(document.querySelector('.react-flow')!.getBoundingClientRect());
    const overlays = [...document.querySelectorAll('.react-flow__controls, .react-flow__minimap')].map((el) => box(el.getBoundingClientRect()));
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node:not(.react-flow__node-lane)')].map((el) => {
      const name = el.querySelector<HTMLElement>('.node-name')!;
      // the name's font size on screen: its CSS size times the zoom its box is drawn at
      const scale = name.getBoundingClientRect().height / name.offsetHeight;
      return { id: el.dataset.id!, box: box(el.getBoundingClientRect()), namePx: parseFloat(getComputedStyle(name).fontSize) * scale };
    });
    const labels = [...document.querySelectorAll<HTMLElement>('.edge-label')].map((el) => ({
      id: el.dataset.edgeId!,
      box: box(el.getBoundingClientRect()),
      textPx: parseFloat(getComputedStyle(el).fontSize) * (el.getBoundingClientRect().height / el.offsetHeight),
    }));
    const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge-mount')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const p = path.getPointAtLength(path.getTotalLength());
      const m = path.getScreenCTM()!;
      const id = g.dataset.id!;
      const [, section, container] = id.split(':');
      return { id, target: `container:${section}:${container}`, end: { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f } };
    });
    return { canvas, overlays, nodes, labels, edges };
  });
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, outer: Box) => a.x >= outer.x && a.y >= outer.y && a.x + a.width <= outer.x + outer.width && a.y + a.height <= outer.y + outer.height;

for (const screen of screens) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${screen.width}x${screen.height} in ${colorScheme}`, () => {
      test.use({ viewport: screen, colorScheme });
      test('every example and a 20-container build: every node in view, names and mount labels legible, labels clear, edges entering the side facing their volume', async ({ studio, page }) => {
        test.slow(); // six configs opened in turn, each fitted and read
        await expect(page.locator(`html[data-theme="${colorScheme}"]`)).toBeAttached();
        for (const [name, text] of configs) {
          await test.step(name, async () => {
            await studio.load(text);
            await checkLegible(studio, name, text);
          });
        }
        expect(studio.consoleErrors).toEqual([]);
      });
    });
  }
}

async function checkLegible(studio: Studio, name: string, text: string): Promise<void> {
  // the fit runs a frame after the open: wait until every node is inside the canvas, clear of its controls
  await expect
    .poll(async () => {
      const p = await picture(studio);
      return p.nodes.filter((n) => !inside(n.box, p.canvas) || p.overlays.some((o) => overlaps(o, n.box))).map((n) => n.id);
    }, { message: `${name}: nodes out of view or under the controls` })
    .toEqual([]);
  const p = await picture(studio);
  expect(p.nodes.length).toBeGreaterThan(2);
  for (const n of p.nodes) expect(n.namePx, `${name}: ${n.id}: name size on screen`).toBeGreaterThanOrEqual(11);
  // a mount's destination is read from across the room too
  for (const l of p.labels) expect(l.textPx, `${name}: ${l.id}: mount label size on screen`).toBeGreaterThanOrEqual(11);
  const clashes: string[] = [];
  for (let i = 0; i < p.labels.length; i++) {
    for (let j = i + 1; j < p.labels.length; j++) if (overlaps(p.labels[i].box, p.labels[j].box)) clashes.push(`${p.labels[i].id} / ${p.labels[j].id}`);
    for (const n of p.nodes) if (overlaps(p.labels[i].box, n.box)) clashes.push(`${p.labels[i].id} / ${n.id}`);
  }
  expect(clashes, `${name}: labels overlapping a label or a node`).toEqual([]);
  const sources = mountSources(text);
  expect(p.edges.length, `${name}: mount edges`).toBe(sources.size);
  expect(p.labels.length, `${name}: mount labels`).toBe(sources.size);
  for (const e of p.edges) {
    const target = p.nodes.find((n) => n.id === e.target)!.box;
    const volume = p.nodes.find((n) => n.id === `volume:${sources.get(e.id)}`)!.box;
    const facing = volume.x + volume.width / 2 < target.x + target.width / 2 ? target.x : target.x + target.width;
    expect(Math.abs(e.end.x - facing), `${name}: ${e.id} ends on the side facing its volume`).toBeLessThan(3);
    expect(e.end.y, `${name}: ${e.id} ends on its container`).toBeGreaterThan(target.y);
    expect(e.end.y, `${name}: ${e.id} ends on its container`).toBeLessThan(target.y + target.height);
  }
}

/** Mount edge id → volume name, read from the binds of the YAML (all configs here use `binds:` with volume sources). */
function mountSources(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let section = '';
  let container = '';
  for (const line of text.split('\n')) {
    const top = /^(onboot|services|onshutdown):/.exec(line);
    if (top) section = top[1];
    else if (/^\S/.test(line)) section = '';
    const name = /^ {2}- name: (\S+)/.exec(line);
    if (name) container = name[1];
    const bind = /^ {6}- ([a-z0-9_-]+):(\/[^:\s]*)/.exec(line);
    if (section && bind) out.set(`mount:${section}:${container}:${bind[2]}`, bind[1]);
  }
  return out;
}

test('with a mount selected, Explain has a tab of its own and at least 160 px of text in view', async ({ studio, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await studio.load(configs.find(([n]) => n === 'data-pipeline')![1]);
  await page.getByTestId('explain-toggle').click();
  await studio.edgeLabel('mount:onboot:transform:/work').click();
  const panel = page.getByTestId('explain');
  await expect(panel).toContainText('transform (onboot) at /work');
  // a read-only mount: the explanation never says the container writes there
  await expect(panel).toContainText('cannot write here itself');
  await expect(panel).not.toContainText('what it writes');
  const visible = await panel.evaluate((el) => {
    const scroller = el.closest('.side-panel')!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return Math.min(r.bottom, scroller.bottom) - Math.max(r.top, scroller.top);
  });
  expect(visible).toBeGreaterThanOrEqual(160);
  // the inspector is one click away, and Explain comes back the same way
  await page.getByTestId('side-tab-inspector').click();
  await expect(page.getByTestId('field-destination')).toHaveValue('/work');
  await page.getByTestId('side-tab-explain').click();
  await expect(panel).toBeVisible();
});
