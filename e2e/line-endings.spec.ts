import { expect, test } from './support/studio.ts';

const LF = `# written on Windows
services:
  - name: web # front end
    image: nginx:1.27-alpine
volumes:
  - name: data
`;
const CRLF = LF.replace(/\n/g, '\r\n');

test('a CRLF file keeps its line endings through graph edits, typing and undo', async ({ studio, page }) => {
  await studio.load(CRLF);
  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  const connected = await studio.text();
  expect(connected).toBe(CRLF.replace('    image: nginx:1.27-alpine\r\n', '    image: nginx:1.27-alpine\r\n    binds:\r\n      - data:/data\r\n'));
  await page.getByTestId('undo').click();
  await expect(studio.edgeLabel('mount:services:web:/data')).toHaveCount(0);
  expect(await studio.text()).toBe(CRLF);
  // typing sends the editor's own text to the store: it must still be CRLF
  await studio.setCursor(1, 21);
  await studio.typeInEditor(' (CRLF)');
  await studio.settledText(CRLF.replace('# written on Windows', '# written on Windows (CRLF)'));
});

test('opening an LF file after a CRLF one gives back LF exactly', async ({ studio }) => {
  await studio.load(CRLF);
  await studio.load(LF);
  expect(await studio.text()).toBe(LF);
});
