import { expect, test } from './support/studio.ts';

const services = Array.from({ length: 8 }, (_, i) => `  - name: svc${i}\n    image: alpine:3.20\n    command: ["sleep", "${i}"]\n`).join('');
const CONFIG = `services:
${services}  - name: web
    image: nginx:1.27
    binds:
      - data:/data
    mounts:
      - type: bind
        source: data
        destination: /srv
volumes:
  - name: data # shared
    image: alpine:3.20
`;
// line numbers of the config above
const WEB_IMAGE = 27;
const BIND = 29;
const MOUNT_DESTINATION = 33;

test('selecting in the graph reveals and highlights the lines, without taking the keyboard', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.fitView();
  await studio.node('volume:data').click();
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(['  - name: data # shared', '    image: alpine:3.20']);
  expect(await studio.editorHasFocus()).toBe(false);
  await studio.node('container:services:svc0').click();
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(['  - name: svc0', '    image: alpine:3.20', '    command: ["sleep", "0"]']);
  await studio.edgeLabel('mount:services:web:/srv').click();
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(['      - type: bind', '        source: data', '        destination: /srv']);
  expect(await studio.editorHasFocus()).toBe(false);
});

test('moving the cursor into an entry selects the smallest element there', async ({ studio, page }) => {
  await studio.load(CONFIG);
  await studio.setCursor(WEB_IMAGE, 5);
  await expect(page.getByTestId('container-inspector')).toBeVisible();
  await expect(page.getByTestId('field-name')).toHaveValue('web');
  await studio.setCursor(BIND, 9);
  await expect(page.getByTestId('mount-inspector')).toBeVisible();
  await expect(page.getByTestId('field-destination')).toHaveValue('/data');
  await studio.setCursor(MOUNT_DESTINATION, 12);
  await expect(page.getByTestId('field-destination')).toHaveValue('/srv');
  await expect(studio.edgeLabel('mount:services:web:/srv')).toHaveClass(/is-selected/);
  // the highlight follows, and the editor keeps the keyboard
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(['      - type: bind', '        source: data', '        destination: /srv']);
  expect(await studio.editorHasFocus()).toBe(true);
});
