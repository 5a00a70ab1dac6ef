import { expect, test } from './support/studio.ts';

const HIDDEN = `services:
  - name: app
    image: alpine:3.20
    binds:
      - /etc/app:/etc/app
files:
  # read by the app at start
  - path: /run/app/settings.conf
    contents: |
      level=debug
    mode: "0644"
`;

test('a file under /run is flagged, its quick fix moves it in one line, and Ctrl+Z undoes that in one step', async ({ studio, page }) => {
  await studio.load(HIDDEN);
  const problem = page.locator('[data-testid="problem"][data-code="file-hidden-at-boot"]');
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute('data-severity', 'warning');
  await expect(problem.locator('.problem-where')).toHaveText('file-hidden-at-boot · line 8:11');
  await expect(problem).toContainText('a tmpfs is mounted on `/run` and hides it');
  await problem.locator('summary').click();
  await expect(problem.locator('.problem-why')).toContainText('init mounts tmpfs over /var, /run and /tmp at boot');

  await problem.getByTestId('quick-fix').click();
  await expect(problem).toHaveCount(0);
  const fixed = await studio.text();
  const changed = fixed.split('\n').filter((line, i) => line !== HIDDEN.split('\n')[i]);
  expect(changed).toEqual(['  - path: /etc/app/settings.conf']);
  expect(fixed.split('\n')).toHaveLength(HIDDEN.split('\n').length);

  await studio.focusEditor();
  await page.keyboard.press('Control+z');
  await studio.settledText(HIDDEN);
  await expect(problem).toHaveCount(1);
});

test('the export dialog lists the errors the build meets late, such as a files entry without a path', async ({ studio, page }) => {
  await studio.load('files:\n  - contents: hello\n  - path: etc/motd\n    contents: hi\n    mode: "0o644"\n');
  await page.getByTestId('export-yaml').click();
  const listed = page.getByTestId('export-problem');
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText('line 2');
  await expect(listed.nth(0)).toContainText('give it a `path:`');
  await expect(listed.nth(1)).toContainText('line 5');
  await expect(listed.nth(1)).toContainText('write `"0644"`');
});

test('the all-clear says what was checked', async ({ studio, page }) => {
  await studio.load('onboot:\n  - name: a\n    image: alpine:3.20\n    command: [echo]\n');
  await expect(page.getByTestId('problems-all-clear')).toContainText("the defaults of LinuxKit's own packages");
  await expect(page.getByTestId('problems-all-clear')).toContainText('other images are assumed to carry no LinuxKit label');
});
