import type { Download } from '@playwright/test';
import { expect, test } from './support/studio.ts';

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test('the SVG and PNG pictures show every node of the whole graph, also the ones scrolled out of view', async ({ studio, page }) => {
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  const ids = await studio.nodeIds();
  expect(ids.length).toBeGreaterThan(4);

  await page.getByTestId('export-menu').click();
  let download = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  const svgFile = await download;
  expect(svgFile.suggestedFilename()).toBe('linuxkit-graph.svg');
  const svg = (await bytesOf(svgFile)).toString('utf8');
  for (const id of ids) expect(svg).toContain(`<g class="node" data-id="${id}">`);

  await page.getByTestId('export-menu').click();
  download = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const png = await bytesOf(await download);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const header = /<svg [^>]*width="(\d+)" height="(\d+)" viewBox="([-\d.]+) ([-\d.]+)/.exec(svg)!;
  expect(png.readUInt32BE(16)).toBe(Number(header[1]) * 2);
  expect(png.readUInt32BE(20)).toBe(Number(header[2]) * 2);

  // every node's coloured top strip is painted in the PNG, where the SVG puts it
  const strips = [...svg.matchAll(/<g class="node" data-id="([^"]+)"><rect x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)"/g)].map((m) => ({
    id: m[1],
    x: (Number(m[2]) + Number(m[4]) / 2 - Number(header[3])) * 2,
    y: (Number(m[3]) + 2 - Number(header[4])) * 2,
  }));
  expect(strips.map((s) => s.id).sort()).toEqual([...ids].sort());
  const painted = await page.evaluate(
    async ({ data, points }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return points.map((p) => {
        const [r, g, b] = context.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data;
        return r + g + b < 700; // not the white background
      });
    },
    { data: png.toString('base64'), points: strips },
  );
  expect(painted).toEqual(strips.map(() => true));
});
