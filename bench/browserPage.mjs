// Page-level helpers for the browser benchmark: open the app, load a config like a user,
// and the in-page probes (keydown capture, MutationObserver, requestAnimationFrame recorder).
/* global window, document, requestAnimationFrame, setTimeout, addEventListener, MutationObserver, PerformanceObserver -- in-page probes run in the browser */
import { Buffer } from 'node:buffer';

export const VIEWPORT = { width: 1280, height: 720 };

/** A fresh browser context with the app open and the editor ready. */
export async function openStudio(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForSelector('[data-testid="yaml-editor"][data-ready="true"]', { timeout: 60_000 });
  await page.evaluate(installProbes);
  return { context, page };
}

/** Opens `text` through the file input, waits for its container nodes, then fits the view. */
export async function loadConfig(page, text, containers) {
  await page.getByTestId('open-file-input').setInputFiles({ name: 'linuxkit.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node-container').length === n, containers, { timeout: 60_000 });
  // a large graph is drawn in chunks (containers are not the last of them): wait until the open has finished
  await page.waitForFunction(() => document.querySelector('[data-testid="open-progress"]') === null, null, { polling: 250, timeout: 60_000 });
  await page.locator('.react-flow__controls-fitview').click();
  await settle(page);
}

/** Waits until the page has had two quiet frames and a short idle gap. */
export async function settle(page, idleMs = 300) {
  await page.evaluate(
    (ms) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))),
    idleMs,
  );
}

/** Arms a probe: resolves with ms from the last keydown to the first DOM mutation under `root` that passes `check`. */
export async function armChange(page, rootSelector, kind, expected) {
  await page.evaluate(([sel, k, want]) => window.__bench.arm(sel, k, want), [rootSelector, kind, expected]);
}

export async function changeResult(page, timeoutMs = 10_000) {
  return page.evaluate((ms) => window.__bench.result(ms), timeoutMs);
}

export async function startLongTasks(page) {
  await page.evaluate(() => window.__bench.longTasksStart());
}

export async function stopLongTasks(page) {
  return page.evaluate(() => window.__bench.longTasksStop());
}

export async function startFrames(page) {
  await page.evaluate(() => window.__bench.framesStart());
}

export async function stopFrames(page) {
  return page.evaluate(() => window.__bench.framesStop());
}

// Runs in the page (serialised by Playwright): no closures over module scope.
function installProbes() {
  const state = { t0: 0, observer: null, pending: null, frames: null, longTasks: null };
  addEventListener('keydown', (e) => (state.t0 = e.timeStamp), true);
  const text = (el) => (el.textContent ?? '').replace(/\u00a0/g, ' ');
  const checks = {
    // the node of a container shows the name
    nodeName: (root, want) => [...root.querySelectorAll('.react-flow__node-container .node-name')].some((el) => text(el) === want),
    // a rendered editor line holds the text
    editorLine: (root, want) => [...root.querySelectorAll('.view-line')].some((el) => text(el).includes(want)),
  };
  window.__bench = {
    arm(selector, kind, want) {
      const root = document.querySelector(selector);
      if (!root) throw new Error(`no ${selector}`);
      state.observer?.disconnect();
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      state.pending = promise;
      state.observer = new MutationObserver(() => {
        if (!checks[kind](root, want)) return;
        const t1 = performance.now();
        state.observer.disconnect();
        resolve(t1 - state.t0);
      });
      state.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    result(ms) {
      return Promise.race([state.pending, new Promise((_, reject) => setTimeout(() => reject(new Error('no change seen')), ms))]);
    },
    // main-thread tasks over 50 ms (the Long Tasks API), from now until longTasksStop()
    longTasksStart() {
      const durations = [];
      state.longTasks?.observer.disconnect();
      const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      state.longTasks = { observer, durations };
    },
    longTasksStop() {
      const { observer, durations } = state.longTasks;
      durations.push(...observer.takeRecords().map((e) => e.duration));
      observer.disconnect();
      state.longTasks = null;
      return durations;
    },
    framesStart() {
      const times = [];
      state.frames = times;
      const loop = (t) => {
        if (state.frames !== times) return;
        times.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    framesStop() {
      const times = state.frames ?? [];
      state.frames = null;
      return times.slice(1).map((t, i) => t - times[i]);
    },
  };
}
