import { analyze } from '../src/core/analyze.ts';
import { aliasBomb, aliasBombInContainer, deepBlockCompact, deepFlow, fiveMegabytes, longLine } from '../tests/cli/hostileInputs.ts';
import { expect, test, type Studio } from './support/studio.ts';

// Each input is opened as a user would, and must show the diagnostic the core gives (computed here
// in Node) at the same line and column, keep every byte, and leave the app working.
const PITFALLS = `kernel:
  image: linuxkit/kernel:6.6.71
volumes:
  - name: data
    readonly: yes
files:
  - path: etc/motd
    contents: hi
    mode: 0644
services:
  - name: web
    image: !custom nginx:1.27
    binds.add:
      - data:/data
    net: host
    net: none
`;

const CASES: { name: string; text: () => string; code: string }[] = [
  { name: 'an alias bomb', text: aliasBomb, code: 'resource-limit' },
  { name: 'an alias bomb inside a container', text: aliasBombInContainer, code: 'resource-limit' },
  { name: '5,000 nested flow lists', text: deepFlow, code: 'resource-limit' },
  { name: '5,000 nested block lists on one line', text: deepBlockCompact, code: 'resource-limit' },
  { name: 'a 100,000-character line with a duplicate key at its end', text: longLine, code: 'duplicate-key' },
];

/** The problems the core gives for `text`, as the problems list shows their place. */
function expectedProblems(text: string): { code: string; where: string }[] {
  const { diagnostics, lineIndex } = analyze(text);
  return diagnostics.map((d) => {
    const at = lineIndex.position(d.span.start);
    return { code: d.code, where: `${d.code} · line ${at.line}:${at.column}` };
  });
}

async function shownProblems(studio: Studio): Promise<{ code: string; where: string }[]> {
  return studio.page.getByTestId('problem').evaluateAll((items) =>
    items.map((li) => ({ code: li.getAttribute('data-code') ?? '', where: li.querySelector('.problem-where')?.textContent ?? '' })),
  );
}

for (const c of CASES) {
  test(`${c.name} gives a ${c.code} at its place and keeps the text`, async ({ studio }) => {
    const text = c.text();
    const expected = expectedProblems(text);
    expect(expected.map((p) => p.code)).toContain(c.code);
    await studio.load(text);
    await expect.poll(() => shownProblems(studio)).toEqual(expected);
    expect(await studio.text()).toBe(text);
    expect(studio.consoleErrors).toEqual([]);
  });
}

test('YAML 1.1 habits, a custom tag and a repeated key each get LinuxKit’s verdict at their place', async ({ studio }) => {
  const expected = expectedProblems(PITFALLS);
  // yes is a string for LinuxKit (YAML 1.2), 0644 an integer, a repeated key an error; the custom tag leaves a string
  expect(expected.map((p) => p.code).sort()).toEqual(['duplicate-key', 'wrong-type', 'wrong-type']);
  await studio.load(PITFALLS);
  await expect.poll(() => shownProblems(studio)).toEqual(expected);
  await expect(studio.page.locator('[data-testid="problem"][data-code="wrong-type"]').first()).toContainText('write `true`');
  await expect(studio.page.locator('[data-testid="problem"][data-code="wrong-type"]').nth(1)).toContainText('quote it as "0644"');
  expect(await studio.text()).toBe(PITFALLS);
});

test('a 5 MB paste is refused before the editor takes it, with the open rule\'s message; nothing changes and the editor still types', async ({ studio, page }) => {
  test.setTimeout(120_000);
  const text = fiveMegabytes();
  await studio.load('');
  await studio.focusEditor();
  await studio.typeInEditor(text);
  await expect(page.getByTestId('notice')).toContainText('The pasted text is 5.');
  await expect(page.getByTestId('notice')).toContainText('the limit is 2 MiB. Nothing was changed.');
  expect(await studio.text()).toBe('');
  // the editor still takes keys: type a small config
  await studio.focusEditor();
  await studio.typeInEditor('kernel:\n  image: linuxkit/kernel:6.6.71\n');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'ok');
  await studio.settledText('kernel:\n  image: linuxkit/kernel:6.6.71\n');
});
