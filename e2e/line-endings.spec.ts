import { expect, test } from './support/studio.ts';

const LF = `# line endings
services:
  - name: web # front end
    image: nginx:1.27-alpine
volumes:
  - name: data
`;
const CRLF = LF.replace(/\n/g, '\r\n');
// Classic Mac OS files end lines with a lone CR. LinuxKit reads them (go-yaml takes CR as a line
// break); Monaco cannot hold CR breaks, so the studio shows such a file with LF breaks and keeps
// the file's own bytes: nothing may turn it into LF behind the user's back.
const CR = LF.replace(/\n/g, '\r');

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
  await studio.setCursor(1, 15);
  await studio.typeInEditor(' (CRLF)');
  await studio.settledText(CRLF.replace('# line endings', '# line endings (CRLF)'));
});

test('opening an LF file after a CRLF one gives back LF exactly', async ({ studio }) => {
  await studio.load(CRLF);
  await studio.load(LF);
  expect(await studio.text()).toBe(LF);
});

test('a CR-only file opens with its graph and keeps CR line endings through graph edits, typing and undo', async ({ studio, page }) => {
  await studio.load(CR);
  // read as LinuxKit reads it: a config, not one long comment
  await expect(studio.node('container:services:web')).toBeVisible();
  await expect(page.getByTestId('problem').filter({ hasText: 'empty-config' })).toHaveCount(0);
  await expect(studio.editor()).toContainText('image: nginx:1.27-alpine');

  await studio.connect('volume:data', 'container:services:web');
  await expect(studio.edgeLabel('mount:services:web:/data')).toBeVisible();
  const connected = CR.replace('    image: nginx:1.27-alpine\r', '    image: nginx:1.27-alpine\r    binds:\r      - data:/data\r');
  expect(await studio.text()).toBe(connected);

  await page.getByTestId('undo').click();
  await expect(studio.edgeLabel('mount:services:web:/data')).toHaveCount(0);
  expect(await studio.text()).toBe(CR);

  await studio.setCursor(1, 15);
  await studio.typeInEditor(' (CR)');
  await studio.settledText(CR.replace('# line endings', '# line endings (CR)'));
  await studio.setCursor(7, 1);
  await studio.typeInEditor('onboot:\n  - name: first\n    image: alpine:3.20\n');
  await expect(studio.node('container:onboot:first')).toBeVisible();
  await studio.settledText(`${CR.replace('# line endings', '# line endings (CR)')}onboot:\r  - name: first\r    image: alpine:3.20\r`);
  expect(studio.consoleErrors).toEqual([]);
});

test('undoing a CR-only file opened over an LF one gives back the LF file byte for byte', async ({ studio, page }) => {
  await studio.load(LF);
  const other = CR.replace('name: web', 'name: other');
  await studio.load(other);
  await page.getByTestId('undo').click();
  await expect.poll(() => studio.text()).toBe(LF);
  await page.getByTestId('redo').click();
  await expect.poll(() => studio.text()).toBe(other);
});

test('a file of mixed CRLF and LF line endings says so when it opens, and which one the first edit keeps', async ({ studio, page }) => {
  // two CRLF lines, the rest LF: more than half of the breaks are LF
  const mixed = LF.replace('# line endings\n', '# line endings\r\n').replace('services:\n', 'services:\r\n');
  await studio.load(mixed, 'mixed.yml');
  await expect(page.getByTestId('notice')).toContainText(
    'mixed.yml mixes line endings (2 CRLF, 4 LF). The editor holds one kind only: your first edit makes every line end in LF. Export before you edit to keep the file as it is.',
  );
  // until then the file is exactly as opened
  expect(await studio.text()).toBe(mixed);
  await studio.setCursor(1, 15);
  await studio.typeInEditor('!');
  await studio.settledText(LF.replace('# line endings', '# line endings!'));

  // mostly CRLF: CRLF is kept, as announced
  const mostlyCrlf = CRLF.replace('volumes:\r\n', 'volumes:\n');
  await studio.load(mostlyCrlf, 'mostly-crlf.yml');
  await expect(page.getByTestId('notice')).toContainText('mostly-crlf.yml mixes line endings (5 CRLF, 1 LF)');
  await expect(page.getByTestId('notice')).toContainText('every line end in CRLF');
  await studio.setCursor(1, 15);
  await studio.typeInEditor('!');
  await studio.settledText(CRLF.replace('# line endings', '# line endings!'));
});
