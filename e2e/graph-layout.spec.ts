import { expect, test, type Studio } from './support/studio.ts';

const CONFIG = `onboot:
  - name: sysctl
    image: linuxkit/sysctl:v1.0.0
  - name: format
    image: linuxkit/format:v1.0.0
services:
  - name: web
    image: nginx:1.27-alpine
    binds:
      - data:/data
  - name: api
    image: alpine:3.20
volumes:
  - name: data
`;

/** Where a node sits on the canvas (flow coordinates, independent of zoom and pan). */
async function position(studio: Studio, id: string): Promise<string> {
  return studio.node(id).evaluate((el) => (el as HTMLElement).style.transform);
}

async function savedPosition(studio: Studio, id: string): Promise<unknown> {
  return studio.page.evaluate((nodeId) => {
    const raw = localStorage.getItem('linuxkit-studio:session:v1');
    return raw ? (JSON.parse(raw) as { positions: Record<string, unknown> }).positions[nodeId] ?? null : null;
  }, id);
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('opening a file lays the graph out: lanes left to right, containers in run order, nothing overlapping', async ({ studio }) => {
  await studio.load(CONFIG);
  const ids = await studio.nodeIds();
  const boxes = await Promise.all(ids.map(async (id) => ({ id, box: (await studio.node(id).boundingBox())! })));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(boxes[i].box, boxes[j].box), `${boxes[i].id} overlaps ${boxes[j].id}`).toBe(false);
  const box = (id: string) => boxes.find((b) => b.id === id)!.box;
  expect(box('container:onboot:sysctl').y).toBeLessThan(box('container:onboot:format').y);
  expect(box('container:onboot:sysctl').x).toBeLessThan(box('container:services:web').x);
  // volumes sit left of the containers that mount them
  expect(box('volume:data').x).toBeLessThan(box('container:services:web').x);
});

test('a dragged node keeps its place after a reload (the layout is saved in the browser)', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const before = await position(studio, 'container:services:api');
  await studio.dragNode('container:services:api', 120, 60);
  const moved = await position(studio, 'container:services:api');
  expect(moved).not.toBe(before);
  const [, x, y] = /translate\(([-\d.]+)px, *([-\d.]+)px\)/.exec(moved)!;
  // autosave writes shortly after the drag (CSS rounds the numbers it shows to 3 decimals)
  await expect
    .poll(async () => {
      const saved = (await savedPosition(studio, 'container:services:api')) as { x: number; y: number } | null;
      return saved ? Math.max(Math.abs(saved.x - Number(x)), Math.abs(saved.y - Number(y))) : Infinity;
    })
    .toBeLessThan(0.01);
  await page.reload();
  await studio.waitReady();
  await expect(studio.node('container:services:api')).toBeVisible();
  expect(await position(studio, 'container:services:api')).toBe(moved);
  expect(await studio.text()).toBe(CONFIG);
});

test('renaming a node keeps it where the user put it', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.dragNode('volume:data', -40, 150);
  const moved = await position(studio, 'volume:data');
  await studio.node('volume:data').click();
  const name = studio.inspector().getByTestId('field-name');
  await name.fill('store');
  await name.press('Enter');
  await expect(studio.node('volume:store')).toBeVisible();
  expect(await position(studio, 'volume:store')).toBe(moved);
});

test('a container dropped from the palette lands where it was dropped', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const before = await studio.nodeIds();
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const web = (await studio.node('container:services:web').boundingBox())!;
  // below the last service, in the services column
  const api = (await studio.node('container:services:api').boundingBox())!;
  const drop = { x: web.x + web.width / 2 - pane.x, y: api.y + api.height + 80 - pane.y };
  await studio.dragFromPalette('palette-container-services', drop);
  let added = '';
  await expect
    .poll(async () => {
      added = (await studio.nodeIds()).find((id) => !before.includes(id)) ?? '';
      return added;
    })
    .toMatch(/^container:services:/);
  const box = (await studio.node(added).boundingBox())!;
  const dropX = pane.x + drop.x;
  const dropY = pane.y + drop.y;
  // the drop point is on the node, or the node was nudged only a little to avoid an overlap
  const distance = Math.hypot(Math.max(box.x - dropX, 0, dropX - box.x - box.width), Math.max(box.y - dropY, 0, dropY - box.y - box.height));
  expect(distance).toBeLessThan(60);
});

test('the auto-layout button lays the graph out again', async ({ studio, page }) => {
  await studio.load(CONFIG);
  const laidOut = await position(studio, 'container:services:web');
  const volume = await position(studio, 'volume:data');
  // sideways only: passing a neighbour vertically would reorder the YAML
  await studio.dragNode('container:services:web', 200, 0);
  await studio.dragNode('volume:data', 0, 200);
  await expect.poll(() => position(studio, 'container:services:web')).not.toBe(laidOut);
  const text = await studio.text();
  await page.getByTestId('auto-layout').click();
  await expect.poll(() => position(studio, 'container:services:web')).toBe(laidOut);
  expect(await position(studio, 'volume:data')).toBe(volume);
  // layout is not part of the config
  expect(await studio.text()).toBe(text);
});
