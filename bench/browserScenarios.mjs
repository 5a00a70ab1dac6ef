// What the browser benchmark measures, each as a user would do it in the built app.
import { summarize } from './stats.mjs';
/* global window, document, requestAnimationFrame, getComputedStyle, MutationObserver, MessageChannel -- in-page functions run in the browser */
import { armChange, changeResult, loadConfig, settle, startFrames, startLongTasks, stopFrames, stopLongTasks } from './browserPage.mjs';

const EDITOR = '[data-testid="yaml-editor"]';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Keydown in the editor at the end of a container's name → that node shows the new name. */
export async function keystrokeToGraph(page, core, { containers = 100, keys = 60, warmup = 3 } = {}) {
  const { text } = core.generateConfig(containers);
  await loadConfig(page, text, containers);
  const name = 'onboot-0';
  await cursorToEndOfLine(page, text.split('\n').indexOf(`  - name: ${name}`) + 1);
  const times = [];
  let current = name;
  for (let i = 0; i < warmup + keys; i++) {
    const ch = LETTERS[i % LETTERS.length];
    current += ch;
    await armChange(page, '.react-flow__nodes', 'nodeName', current);
    await page.keyboard.press(ch);
    const ms = await changeResult(page);
    if (i >= warmup) times.push(ms);
    await settle(page, 120);
  }
  return summarize(times);
}

/**
 * Types a word into a container's name in a large config at a steady pace, then waits for the
 * graph to show it: the main-thread tasks over 50 ms from the first key to the updated graph.
 */
export async function typingLargeConfig(page, core, { containers = 1000, word = 'responsive-typing', gapMs = 60 } = {}) {
  const { text } = core.generateConfig(containers);
  await loadConfig(page, text, containers);
  const name = 'onboot-0';
  await cursorToEndOfLine(page, text.split('\n').indexOf(`  - name: ${name}`) + 1);
  await settle(page, 500);
  await startLongTasks(page);
  const started = Date.now();
  for (const ch of word) {
    await page.keyboard.press(ch);
    await page.waitForTimeout(gapMs);
  }
  const typedMs = Date.now() - started;
  const want = name + word;
  // polled at a slow pace: Playwright's default polls every frame, which would load the main thread measured here
  await page.waitForFunction((id) => document.querySelector(`.react-flow__node[data-id="${id}"]`) !== null, `container:onboot:${want}`, { polling: 250, timeout: 60_000 });
  const tasks = await stopLongTasks(page);
  return { kib: text.length / 1024, keys: word.length, typedMs, tasks, longest: Math.max(0, ...tasks) };
}

/** Rename in the inspector (Enter) → Monaco's rendered lines show the new name. */
export async function graphToEditor(page, core, { containers = 100, renames = 60, warmup = 3 } = {}) {
  const { text } = core.generateConfig(containers);
  await loadConfig(page, text, containers);
  // the cursor in a container's entry selects it (at 100 containers its node may be off screen)
  const line = text.split('\n').indexOf('  - name: onboot-0') + 1;
  const field = page.getByTestId('field-name');
  const times = [];
  for (let i = 0; i < warmup + renames; i++) {
    if (!(await field.isVisible())) {
      await cursorToEndOfLine(page, line);
      await field.waitFor();
    }
    const next = `renamed-${i}`;
    await field.fill(next);
    await armChange(page, `${EDITOR} .view-lines`, 'editorLine', `name: ${next}`);
    await field.press('Enter');
    const ms = await changeResult(page);
    if (i >= warmup) times.push(ms);
    await settle(page, 120);
  }
  return summarize(times);
}

async function cursorToEndOfLine(page, line) {
  await page.locator(`${EDITOR} textarea, ${EDITOR} .native-edit-context`).first().focus();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

/** rAF deltas while a node is dragged and while the pane is panned, in many small mouse steps. */
export async function frameTimes(page, core, { nodes, steps = 120 }) {
  const containers = Math.round(((nodes - 1) * 3) / 4);
  const { text } = core.generateConfig(containers);
  await loadConfig(page, text, containers);
  const count = await page.locator('.react-flow__node:not(.react-flow__node-lane)').count();

  const header = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    const cx = pane.x + pane.width / 2;
    const cy = pane.y + pane.height / 2;
    const boxes = [...document.querySelectorAll('.react-flow__node-container .node-header')].map((h) => h.getBoundingClientRect());
    boxes.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
    return { x: boxes[0].x + boxes[0].width / 2, y: boxes[0].y + boxes[0].height / 2 };
  });
  const drag = await gesture(page, header, { dx: 160, dy: 90 }, steps);

  const empty = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    for (let y = pane.y + 20; y < pane.bottom - 20; y += 16) {
      for (let x = pane.x + 20; x < pane.right - 20; x += 16) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!empty) throw new Error('no empty spot on the pane to pan from');
  const pan = await gesture(page, empty, { dx: 200, dy: 120 }, steps);
  return { nodes: count, drag, pan };
}

async function gesture(page, from, { dx, dy }, steps) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 }); // crosses the drag threshold
  await startFrames(page);
  await page.mouse.move(from.x + dx, from.y + dy, { steps });
  const deltas = await stopFrames(page);
  await page.mouse.up();
  await settle(page);
  return summarize(deltas);
}

/** Navigation start → first container node visible, and the main thread free for input. */
export async function firstLoad(browser, baseURL, viewport, { loads = 5 } = {}) {
  const samples = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ baseURL, viewport });
    const page = await context.newPage();
    await page.addInitScript(firstGraphProbe);
    await page.goto('/');
    await page.waitForFunction(() => window.__firstGraph?.usable, null, { timeout: 60_000 });
    samples.push(await page.evaluate(() => window.__firstGraph));
    await context.close();
  }
  return {
    visible: summarize(samples.map((s) => s.visible)),
    usable: summarize(samples.map((s) => s.usable)),
    all: samples.map((s) => s.usable),
  };
}

// Runs in the page before the app's scripts. React Flow hides a node until it has measured it.
function firstGraphProbe() {
  window.__firstGraph = null;
  const observer = new MutationObserver(() => {
    const node = document.querySelector('.react-flow__node-container');
    if (!node || getComputedStyle(node).visibility === 'hidden') return;
    observer.disconnect();
    const visible = performance.now();
    // the graph is usable when a task queued now gets to run: input would be handled
    const channel = new MessageChannel();
    channel.port1.onmessage = () => requestAnimationFrame(() => (window.__firstGraph = { visible, usable: performance.now() }));
    channel.port2.postMessage(0);
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
}
