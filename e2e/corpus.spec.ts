import { analyze } from '../src/core/analyze.ts';
import { projectGraph } from '../src/core/graph/project.ts';
import { loadCorpus } from '../tests/corpus.ts';
import { expect, test } from './support/studio.ts';

const valid = loadCorpus().filter((c) => c.valid);
// a few batches, so the two workers share the corpus and one failure names its file
const BATCHES = 6;

for (let b = 0; b < BATCHES; b++) {
  const batch = valid.filter((_, i) => i % BATCHES === b);
  test(`every valid corpus config opens as a graph without overlaps or console errors (batch ${b + 1}/${BATCHES})`, async ({ studio, page }) => {
    test.setTimeout(120_000);
    for (const entry of batch) {
      await page.getByTestId('open-file-input').setInputFiles({ name: entry.file, mimeType: 'application/yaml', buffer: Buffer.from(entry.text) });
      const expected = projectGraph(analyze(entry.text)).nodes.map((n) => n.id).sort();
      await expect.poll(async () => (await studio.nodeIds()).sort(), { message: entry.file }).toEqual(expected);
      await expect(page.getByTestId('sync-status'), entry.file).toHaveAttribute('data-state', 'ok');
      await expect(page.locator('[data-testid="problem"][data-severity="error"]'), entry.file).toHaveCount(0);
      const boxes = await page
        .locator('.react-flow__node:not(.react-flow__node-lane)')
        .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), ...e.getBoundingClientRect().toJSON() })));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const c = boxes[j];
          if (a.left < c.right - 0.5 && c.left < a.right - 0.5 && a.top < c.bottom - 0.5 && c.top < a.bottom - 0.5) overlaps.push(`${a.id} × ${c.id}`);
        }
      }
      expect(overlaps, `${entry.file}: overlapping nodes`).toEqual([]);
      expect(studio.consoleErrors, entry.file).toEqual([]);
    }
  });
}
