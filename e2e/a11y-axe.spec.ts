import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Studio } from './support/studio.ts';

// Every screen of the app, in both themes: axe-core finds no serious or critical violation.
// The light pass runs every rule; a theme changes colours only, so the dark pass runs the colour
// rules (a full axe walk of the page, Monaco included, takes 5-10 s on a 2-core machine).
test.describe.configure({ timeout: 120_000 });

const WITH_PROBLEMS = `services:
  - name: web
    image: nginx:1.27
    binds:
      - data:/srv
      - missing:/var/missing
      - config:/etc/app
volumes:
  - name: data
  - name: config
    readonly: true
  - name: spare
`;

interface Screen {
  name: string;
  open(studio: Studio, page: Page): Promise<void>;
}

const COMPARED = `services:
  - name: web
    image: nginx:1.26
volumes:
  - name: old-data
`;

const screens: Screen[] = [
  { name: 'main', open: async () => {} },
  {
    name: 'inspector for a container',
    open: async (studio) => {
      await studio.node('container:services:web').locator('.node-header').click();
      await expect(studio.inspector()).toContainText('Container');
    },
  },
  {
    name: 'inspector for a volume',
    open: async (studio) => {
      await studio.node('volume:app-config').locator('.node-header').click();
      await expect(studio.inspector()).toContainText('Volume');
    },
  },
  {
    name: 'inspector for a mount',
    open: async (studio) => {
      await studio.edgeLabel('mount:services:web:/etc/nginx/conf.d').click();
      await expect(studio.inspector().getByTestId('field-destination')).toBeVisible();
    },
  },
  {
    name: 'problems with entries',
    open: async (studio, page) => {
      await studio.load(WITH_PROBLEMS);
      await expect(page.locator('[data-testid="problem"][data-severity="error"]').first()).toBeVisible();
      await expect(page.locator('[data-testid="problem"][data-severity="warning"]').first()).toBeVisible();
    },
  },
  {
    name: 'examples',
    open: async (_studio, page) => {
      await page.getByTestId('examples').click();
      await expect(page.getByTestId('examples-dialog')).toBeVisible();
    },
  },
  {
    name: 'explain',
    open: async (studio, page) => {
      await page.getByTestId('explain-toggle').click();
      await studio.edgeLabel('mount:services:web:/etc/nginx/conf.d').click();
      await expect(page.getByTestId('explain')).toContainText('/etc/nginx/conf.d');
    },
  },
  {
    name: 'export dialog',
    open: async (studio, page) => {
      await studio.load(WITH_PROBLEMS);
      await page.getByTestId('export-yaml').click();
      await expect(page.getByTestId('export-anyway')).toBeVisible();
    },
  },
  {
    name: 'runtime view of a service',
    open: async (studio, page) => {
      await studio.node('container:services:web').locator('.node-header').click();
      await expect(page.getByTestId('runtime-config')).toBeVisible();
      await expect(page.getByTestId('runtime-mount').first()).toBeVisible();
    },
  },
  {
    name: 'data-flow view',
    open: async (_studio, page) => {
      await page.getByTestId('view-data-flow').click();
      await expect(page.getByTestId('data-flow')).toBeVisible();
    },
  },
  {
    name: 'compare view',
    open: async (_studio, page) => {
      await page.getByTestId('compare-with').click();
      await page.getByTestId('compare-file-input').setInputFiles({ name: 'older.yml', mimeType: 'application/yaml', buffer: Buffer.from(COMPARED) });
      await expect(page.getByTestId('compare-view')).toBeVisible();
      await expect(page.getByTestId('compare-change').first()).toBeVisible();
    },
  },
  {
    name: 'a build of two files (tabs, file tags, problems by file)',
    open: async (studio, page) => {
      await page.getByTestId('open-file-input').setInputFiles([
        { name: 'base.yml', mimeType: 'application/yaml', buffer: Buffer.from(WITH_PROBLEMS) },
        { name: 'extra.yml', mimeType: 'application/yaml', buffer: Buffer.from(COMPARED) },
      ]);
      await expect(page.getByTestId('file-tab')).toHaveCount(2);
      await expect(studio.node('volume:old-data').getByTestId('node-file')).toBeVisible();
      await expect(page.locator('[data-testid="problem"][data-file="base.yml"]').first()).toBeVisible();
    },
  },
  {
    name: 'share dialog',
    open: async (studio, page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByTestId('share-link').click();
      await expect(page.getByTestId('notice')).toContainText('Share link copied');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await studio.load(WITH_PROBLEMS);
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
      await page.goto(link);
      await expect(page.getByTestId('share-offer')).toBeVisible();
    },
  },
];

/** Rules whose outcome can depend on the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function seriousViolations(page: Page, colourOnly: boolean) {
  const axe = new AxeBuilder({ page });
  const results = await (colourOnly ? axe.withRules(COLOUR_RULES) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`) }));
}

for (const screen of screens) {
  test(`${screen.name}: no serious or critical axe violations, light and dark`, async ({ studio, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await screen.open(studio, page);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await seriousViolations(page, theme === 'dark'), theme).toEqual([]);
    }
  });
}
