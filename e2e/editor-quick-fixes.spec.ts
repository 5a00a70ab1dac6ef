import { expect, test } from './support/studio.ts';

/** One config with a problem for every diagnostic code that has a quick fix. */
const BROKEN = `onboot:
  - name: init
    image: alpine:3.20
    uid: "1000"
    binds:
      - settings:/settings:rw
      - dta:/dta
  - name: init
    image: alpine:3.20
services:
  - name: web
    image: "nginx: 1.27"
    gid: webb
    capabilities:
      - cap_net_admin
    rlimits:
      - nofil,1024,2048
    binds:
      - scratch:/scratch:ro
      - logs:/logs
      - logs:/logs
  - name: web
    image: alpine:3.20
    binds:
      - Bad_Name:/bad
      - twice:/twice
volumes:
  - name: settings
    image: alpine:3.20
    readonly: true
  - name: scratch
  - name: logs
  - name: unused
  - name: empty
    format: oci
  - name: Bad_Name
  - name: twice
  - name: twice
`;

const CODES_WITH_FIXES = [
  'unknown-id',
  'readonly-volume-mounted-rw',
  'unknown-volume',
  'duplicate-container-name',
  'invalid-image-reference',
  'unknown-capability',
  'invalid-rlimit',
  'duplicate-mount-destination',
  'duplicate-service-name',
  'volume-never-written',
  'unused-volume',
  'oci-format-without-image',
  'invalid-volume-name',
  'duplicate-volume-name',
];

test('every quick fix in the problems list removes its problem in one undoable edit', async ({ studio, page }) => {
  test.setTimeout(90_000);
  await studio.load(BROKEN);
  const fixes = page.getByTestId('quick-fix');
  const codes = await fixes.evaluateAll((buttons) => buttons.map((b) => b.closest('li')?.getAttribute('data-code') ?? ''));
  expect(new Set(codes)).toEqual(new Set([...CODES_WITH_FIXES, ...codes]));
  expect(codes.length).toBeGreaterThanOrEqual(CODES_WITH_FIXES.length);

  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const problems = page.locator(`[data-testid="problem"][data-code="${code}"]`);
    const before = await problems.count();
    const title = (await fixes.nth(i).textContent()) ?? '';
    await fixes.nth(i).click();
    await expect(problems, `fix "${title}" for ${code}`).toHaveCount(before - 1);
    expect(await studio.text(), `fix "${title}" changed the text`).not.toBe(BROKEN);
    await page.getByTestId('undo').click();
    await studio.settledText(BROKEN);
  }
});

test('the lightbulb quick fix applies from the keyboard (Ctrl+.) and undoes with Ctrl+Z', async ({ studio, page }) => {
  await studio.load(BROKEN);
  // on `dta` of "- dta:/dta" (line 7)
  await studio.setCursor(7, 9);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await expect(menu).toContainText('Add a blank volume `dta`');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="problem"][data-code="unknown-volume"]')).toHaveCount(0);
  const fixed = await studio.text();
  expect(fixed).toContain('\n  - name: dta\n');
  expect(fixed.replace(/\n {2}- name: dta\n/, '\n')).toBe(BROKEN);
  await studio.focusEditor();
  await page.keyboard.press('Control+z');
  await studio.settledText(BROKEN);
});

test('the problems list shows errors first, each severity by position, with counts, and clicking one reveals it and selects its element', async ({ studio, page }) => {
  await studio.load(BROKEN);
  const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  const entries = await page.getByTestId('problem').evaluateAll((els) =>
    els.map((el) => ({ severity: el.getAttribute('data-severity') ?? '', where: el.querySelector('.problem-where')?.textContent ?? '' })),
  );
  const keys = entries.map((e) => [rank[e.severity], Number(/line (\d+)/.exec(e.where)?.[1])] as const);
  expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  const errors = await page.locator('[data-testid="problem"][data-severity="error"]').count();
  expect(errors).toBeGreaterThan(1);
  await expect(page.locator('.count-error')).toHaveText(`${errors} errors`);
  await page.locator('[data-testid="problem"][data-code="oci-format-without-image"] .problem').click();
  await expect(page.getByTestId('field-name')).toHaveValue('empty');
  await expect.poll(() => studio.highlightedEditorLines()).toEqual(['  - name: empty', '    format: oci']);
});
