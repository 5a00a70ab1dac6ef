import { generateConfig } from '../bench/generateConfig.ts';
import { expect, test } from './support/studio.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});

test('the built app runs under its Content-Security-Policy (no eval, no inline scripts) without violations', async ({ studio, page }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  // exercise the editor's workers: typing, completion, markers
  // focused as the other specs do (a click on the lines' middle can land on the sticky-scroll header)
  await studio.focusEditor();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n  - name: extra\n    ');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.monaco-editor .suggest-widget')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'ok');
  await studio.connect('volume:cache', 'container:services:api');
  await expect(studio.edgeLabel('mount:services:api:/cache')).toBeVisible();
  // and the analysis worker, which large configs use while typed
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const large = generateConfig(150).text;
  // a large config opens and is analysed in seconds on a busy machine: wait patiently
  await studio.load(large, 'large.yml', { timeout: 20_000 });
  await studio.setCursor(large.split('\n').indexOf('  - name: onboot-0') + 1, '  - name: onboot-0'.length + 1);
  await page.keyboard.type('x');
  await expect(studio.node('container:onboot:onboot-0x')).toBeAttached({ timeout: 20_000 });
  expect(workers.some((url) => url.includes('analysisWorker'))).toBe(true);
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
  expect(studio.consoleErrors).toEqual([]);
  expect(studio.foreignRequests).toEqual([]);
});
