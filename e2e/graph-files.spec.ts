import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Studio } from './support/studio.ts';

// files: entries are where much of a LinuxKit system's configuration lives: the graph shows them
// in a lane of their own, and an edge to each container that binds their path or a folder above it.
const corpus = (name: string) => readFileSync(new URL(`../../shared/corpus/linuxkit/${name}`, import.meta.url), 'utf8');
const SSHD = corpus('examples_sshd.yml');
const GETTY = corpus('examples_getty.yml');

const KEYS = 'file:root/.ssh/authorized_keys';
const KEYS_TO_SSHD = `file-bind:${KEYS}>container:services:sshd`;

/** Screen box of an element, and the end point of an edge's path (where it enters its container). */
async function edgeEnd(studio: Studio, id: string): Promise<{ x: number; y: number }> {
  return studio.page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`).evaluate((el) => {
    const path = el as SVGPathElement;
    const p = path.getPointAtLength(path.getTotalLength());
    const m = path.getScreenCTM()!;
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme}`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, colorScheme });

    test('a file entry shows in the files lane with its path, kind and mode, and an edge to the container that binds its folder', async ({ studio, page }) => {
      await expect(page.locator(`html[data-theme="${colorScheme}"]`)).toBeAttached();
      await studio.load(SSHD);
      const lane = studio.lane('files');
      await expect(lane).toBeVisible();
      await expect(lane.locator('.lane-title')).toHaveText('files');
      await expect(lane.locator('.lane-count')).toHaveText('1');

      const file = studio.node(KEYS);
      await expect(file).toBeVisible();
      await expect(file.locator('.node-name')).toHaveText('authorized_keys');
      await expect(file.locator('.node-subtitle')).toHaveText('/root/.ssh/');
      await expect(file.locator('.node-row')).toHaveText(['source · 0600 · optional', '~/.ssh/id_rsa.pub']);
      // what a screen reader hears, and the tooltip: written at build time, read through a host bind
      const label = await file.getAttribute('aria-label');
      expect(label).toContain('file /root/.ssh/authorized_keys: copied from a file on the build machine');
      expect(label).toContain('Written into the root filesystem at build time');
      expect(label).toContain('Read by sshd at /root/.ssh/authorized_keys.');

      // the files lane sits under the volumes, in their column, and inside the view at the opening fit
      const [laneBox, volumesBox, canvasBox] = await Promise.all([lane.boundingBox(), studio.lane('volumes').boundingBox(), page.locator('.react-flow').boundingBox()]);
      expect(Math.abs(laneBox!.x - volumesBox!.x)).toBeLessThan(1);
      expect(laneBox!.y).toBeGreaterThan(volumesBox!.y + volumesBox!.height - 1);
      const fileBox = (await file.boundingBox())!;
      expect(fileBox.y + fileBox.height).toBeLessThanOrEqual(canvasBox!.y + canvasBox!.height);
      const namePx = await file.locator('.node-name').evaluate((el) => {
        const e = el as HTMLElement;
        return parseFloat(getComputedStyle(e).fontSize) * (e.getBoundingClientRect().height / e.offsetHeight);
      });
      expect(namePx).toBeGreaterThanOrEqual(11);

      // one host-path edge, to sshd (binds.add /root/.ssh), entering its side that faces the file
      await expect(page.locator('.react-flow__edge-file-bind')).toHaveCount(1);
      const sshd = (await studio.node('container:services:sshd').boundingBox())!;
      const end = await edgeEnd(studio, KEYS_TO_SSHD);
      expect(Math.abs(end.x - sshd.x)).toBeLessThan(3);
      expect(end.y).toBeGreaterThan(sshd.y);
      expect(end.y).toBeLessThan(sshd.y + sshd.height);
      const edgeLabel = page.locator(`.file-bind-label[data-edge-id="${KEYS_TO_SSHD}"]`);
      await expect(edgeLabel).toHaveText('/root/.ssh/authorized_keys rw');
      await expect(edgeLabel).toHaveAttribute('title', 'Seen at /root/.ssh/authorized_keys (read-write) through the bind /root/.ssh');
      // drawn in the files' colour of this theme, unlike the volumes' mount edges
      const colours = await page.evaluate((id) => {
        const stroke = getComputedStyle(document.querySelector(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`)!).stroke;
        const probe = document.createElement('div');
        probe.style.color = 'var(--file)';
        document.body.append(probe);
        const file = getComputedStyle(probe).color;
        probe.style.color = 'var(--volume)';
        const volume = getComputedStyle(probe).color;
        probe.remove();
        return { stroke, file, volume };
      }, KEYS_TO_SSHD);
      expect(colours.stroke).toBe(colours.file);
      expect(colours.stroke).not.toBe(colours.volume);

      // the file node, its lane and the edge's label pass axe's rules (names, contrast) in this theme
      const axe = await new AxeBuilder({ page }).include('.react-flow').analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      expect(studio.consoleErrors).toEqual([]);
    });

    test("a file under /etc reaches getty through the package's default bind of /etc", async ({ studio, page }) => {
      await studio.load(GETTY);
      const id = 'file-bind:file:etc/getty.shadow>container:services:getty';
      await expect(studio.node('file:etc/getty.shadow').locator('.node-row')).toHaveText(['contents · 0600']);
      await expect(page.locator('.react-flow__edge-file-bind')).toHaveCount(1);
      await expect(page.locator(`.file-bind-label[data-edge-id="${id}"]`)).toHaveAttribute(
        'title',
        "Seen at /hostroot/etc/getty.shadow (read-write) through the image's default bind /etc",
      );
      const getty = (await studio.node('container:services:getty').boundingBox())!;
      expect(Math.abs((await edgeEnd(studio, id)).x - getty.x)).toBeLessThan(3);
    });
  });
}

test('selecting a file entry, by click or keyboard, reveals its lines in the editor', async ({ studio, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await studio.load(SSHD);
  const lines = ['  - path: root/.ssh/authorized_keys', '    source: ~/.ssh/id_rsa.pub', '    mode: "0600"', '    optional: true'];
  await studio.node(KEYS).click();
  await expect(studio.node(KEYS).locator('.file-node')).toHaveClass(/is-selected/);
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(lines);
  expect(await studio.editorHasFocus()).toBe(false);
  // the inspector says what the entry writes and who reads it
  const summary = studio.inspector().getByTestId('file-inspector');
  await expect(summary).toContainText('/root/.ssh/authorized_keys');
  await expect(summary).toContainText('sshd');

  // from the keyboard: the node takes focus and Enter selects it
  await studio.node('container:services:sshd').click();
  await expect.poll(() => studio.highlightedEditorLines()).not.toEqual(lines);
  await studio.node(KEYS).focus();
  await expect(studio.node(KEYS)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(lines);

  // and the other way: the cursor in the entry (its `source:` line) selects its node
  await studio.node('container:services:sshd').click();
  await expect(studio.node(KEYS).locator('.file-node')).not.toHaveClass(/is-selected/);
  await studio.setCursor(30, 5);
  await expect(studio.node(KEYS).locator('.file-node')).toHaveClass(/is-selected/);
  expect(studio.consoleErrors).toEqual([]);
});

test('the outline lists the file entries with who reads them, and selects them', async ({ studio, page }) => {
  await studio.load(SSHD);
  await page.getByTestId('outline-toggle').click();
  const tree = page.getByRole('tree', { name: 'Graph outline' });
  await expect(tree.getByRole('treeitem', { name: 'files, written at build time, 1' })).toBeVisible();
  const row = tree.locator(`[data-element-id="${KEYS}"]`);
  await expect(row).toHaveText('file /root/.ssh/authorized_keys, source, mode 0600, read by sshd at /root/.ssh/authorized_keys');
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(studio.node(KEYS).locator('.file-node')).toHaveClass(/is-selected/);
});

test('Explain says what the build writes for a file entry and who reads it', async ({ studio, page }) => {
  await studio.load(GETTY);
  await page.getByTestId('explain-toggle').click();
  await studio.node('file:etc/getty.shadow').click();
  const panel = page.getByTestId('explain');
  await expect(panel).toContainText('File /etc/getty.shadow');
  await expect(panel).toContainText('into the root filesystem of the image');
  await expect(panel).toContainText('getty sees it at /hostroot/etc/getty.shadow');
});
