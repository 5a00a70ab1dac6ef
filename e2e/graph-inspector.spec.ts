import { expect, test } from './support/studio.ts';

// uid/gid/additionalGids name a container; the volume is used by binds, binds.add and mounts.
const CONFIG = `# a small site
onboot:
  - name: setup # prepares the disk
    image: alpine:3.20
    uid: web
    binds:
      - data:/data
services:
  # the site
  - name: web
    image: nginx:1.27-alpine
    binds.add:
      - data:/srv:ro
  - name: worker
    image: alpine:3.20
    uid: web
    gid: web
    additionalGids:
      - web
    mounts:
      - type: bind
        source: data
        destination: /work
        options: ["rbind", "rw"]
volumes:
  - name: data # shared
  - name: logs
`;

test('renaming a container in the inspector updates its uid, gid and additionalGids references', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('container:services:web').click();
  const name = studio.inspector().getByTestId('field-name');
  await name.fill('site');
  await name.press('Enter');
  await expect(studio.node('container:services:site')).toBeVisible();
  await expect(studio.node('container:services:web')).toHaveCount(0);
  // the field keeps focus through the rename (its element id changed)
  await expect(name).toBeFocused();
  expect(await studio.text()).toBe(
    CONFIG.replace('  - name: web\n', '  - name: site\n')
      .replaceAll('uid: web', 'uid: site')
      .replace('gid: web', 'gid: site')
      .replace('      - web\n', '      - site\n'),
  );
  expect(studio.consoleErrors).toEqual([]);
});

test('renaming a volume updates binds, binds.add and mounts sources', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('volume:data').click();
  const name = studio.inspector().getByTestId('field-name');
  await name.fill('store');
  await name.press('Enter');
  await expect(studio.node('volume:store')).toBeVisible();
  await expect(studio.edgeLabel('mount:services:worker:/work')).toBeVisible();
  expect(await studio.text()).toBe(
    CONFIG.replace('- name: data # shared', '- name: store # shared')
      .replace('- data:/data', '- store:/data')
      .replace('- data:/srv:ro', '- store:/srv:ro')
      .replace('source: data', 'source: store'),
  );
});

test('a mount destination and its read-only flag are edited in the inspector', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.edgeLabel('mount:services:web:/srv').click();
  const destination = studio.inspector().getByTestId('field-destination');
  await expect(destination).toHaveValue('/srv');
  await destination.fill('/var/www');
  await destination.press('Enter');
  await expect(studio.edgeLabel('mount:services:web:/var/www')).toBeVisible();
  expect(await studio.text()).toBe(CONFIG.replace('- data:/srv:ro', '- data:/var/www:ro'));

  const readOnly = studio.inspector().getByTestId('field-mount-readonly');
  await expect(readOnly).toBeChecked();
  await readOnly.uncheck();
  await expect(studio.edgeLabel('mount:services:web:/var/www')).toContainText('rw');
  expect(await studio.text()).toBe(CONFIG.replace('- data:/srv:ro', '- data:/var/www'));
  await readOnly.check();
  await expect(studio.edgeLabel('mount:services:web:/var/www')).toContainText('ro');
  expect(await studio.text()).toBe(CONFIG.replace('- data:/srv:ro', '- data:/var/www:ro'));
});

test('a mount written under mounts: keeps its options when made read-only', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.edgeLabel('mount:services:worker:/work').click();
  const readOnly = studio.inspector().getByTestId('field-mount-readonly');
  await expect(readOnly).not.toBeChecked();
  await readOnly.check();
  await expect(studio.edgeLabel('mount:services:worker:/work')).toContainText('ro');
  expect(await studio.text()).toBe(CONFIG.replace('options: ["rbind", "rw"]', 'options: ["rbind", "ro"]'));
});

test('a volume is made read-only and given a format in the inspector', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('volume:logs').click();
  await studio.inspector().getByTestId('field-readonly').check();
  await expect(studio.node('volume:logs')).toHaveClass(/selected/);
  await expect(studio.node('volume:logs').locator('.lock-icon')).toBeVisible();
  expect(await studio.text()).toBe(CONFIG.replace('  - name: logs\n', '  - name: logs\n    readonly: true\n'));

  const format = studio.inspector().getByTestId('field-format');
  await format.selectOption('oci');
  // the validator's warning shows at the field it concerns
  await expect(studio.inspector().locator('[data-code="oci-format-without-image"]')).toBeVisible();
  expect(await studio.text()).toBe(CONFIG.replace('  - name: logs\n', '  - name: logs\n    readonly: true\n    format: oci\n'));

  await studio.inspector().getByTestId('field-readonly').uncheck();
  await format.selectOption('none');
  await expect(studio.inspector().locator('[data-code="oci-format-without-image"]')).toHaveCount(0);
  expect(await studio.text()).toBe(CONFIG);
});

test('a container image is changed in the inspector and shown on the node', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('container:services:web').click();
  const image = studio.inspector().getByTestId('field-image');
  await image.fill('nginx:1.28-alpine');
  await image.press('Enter');
  await expect(studio.node('container:services:web').locator('.node-subtitle')).toContainText('1.28-alpine');
  expect(await studio.text()).toBe(CONFIG.replace('image: nginx:1.27-alpine', 'image: nginx:1.28-alpine'));
});

test('an invalid volume name is refused with the reason, and what the user typed stays', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('volume:logs').click();
  const name = studio.inspector().getByTestId('field-name');
  await name.fill('Bad Name');
  await name.press('Enter');
  const refusal = studio.inspector().getByTestId('field-refusal');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Bad Name');
  await expect(name).toHaveValue('Bad Name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(await studio.text()).toBe(CONFIG);
  // Escape gives the name back
  await name.press('Escape');
  await expect(name).toHaveValue('logs');
  await expect(refusal).toHaveCount(0);
});

test('an image the validator rejects is written and flagged at the field with its message', async ({ studio }) => {
  await studio.load(CONFIG);
  await studio.node('container:services:web').click();
  const image = studio.inspector().getByTestId('field-image');
  await image.fill('nginx latest');
  await image.press('Enter');
  const flagged = studio.inspector().locator('.field-message');
  await expect(flagged.first()).toBeVisible();
  await expect(image).toHaveValue('nginx latest');
  await expect(image).toHaveAttribute('aria-invalid', 'true');
});

test('a container without a name shows the problem at its Name field, and the quick fix names it after its image', async ({ studio, page }) => {
  const nameless = 'services:\n  - image: nginx:1.27 # no name yet\n';
  await studio.load(nameless);
  await studio.node('container:services:#0').click();
  const name = studio.inspector().getByTestId('field-name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await name.getAttribute('aria-describedby')}`)).toContainText('has no `name`');
  await expect(studio.inspector().getByTestId('field-image')).not.toHaveAttribute('aria-describedby');
  const problem = page.locator('[data-testid="problem"][data-code="missing-field"]');
  await problem.getByTestId('quick-fix').filter({ hasText: 'Add `name: nginx`' }).click();
  await expect(problem).toHaveCount(0);
  await studio.settledText('services:\n  - name: nginx\n    image: nginx:1.27 # no name yet\n');
  await expect(studio.node('container:services:nginx')).toBeVisible();
});
