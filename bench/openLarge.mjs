// How responsive the page stays while a very large config opens (issue 10): opens a generated
// config through the file input and records, until every container node is on the canvas,
// the main thread's long tasks (PerformanceObserver 'longtask') and how late a probe click
// on the toolbar is handled (the gap between the click being sent and its handler running).
// Usage: node bench/openLarge.mjs <built app folder> [containers=300] [runs=3] [minimal]
// `minimal`: the worst case, services of a name and an image only (67,500 of them are
// 2,033 KiB, just under the open limit); the canvas then draws part of each lane, and the run ends
// when that part is drawn (the "not drawn" note is shown).
// Serves the folder with `vite preview` on BENCH_PORT (default 4468); writes nothing.
/* global window, document, PerformanceObserver, MutationObserver, setTimeout -- in-page probes run in the browser */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Buffer } from 'node:buffer';
import { chromium } from '@playwright/test';
import { loadConfigFromFile, preview, transformWithOxc } from 'vite';
import { root } from './coreRoot.mjs';

const [outDir = 'dist', containersArg = '300', runsArg = '3', kind = 'realistic'] = process.argv.slice(2);
const containers = Number(containersArg);
const runs = Number(runsArg);
const port = Number(process.env.BENCH_PORT ?? 4468);

const generator = await transformWithOxc(readFileSync(`${root}bench/generateConfig.ts`, 'utf8'), 'generateConfig.ts');
const { generateConfig } = await import(`data:text/javascript;base64,${Buffer.from(generator.code).toString('base64')}`);
const text = kind === 'minimal' ? minimalServices(containers) : generateConfig(containers).text;

function minimalServices(n) {
  const lines = ['kernel:', '  image: linuxkit/kernel:6.6.13', 'init:', '  - linuxkit/init:v1.0.0', 'services:'];
  for (let i = 0; i < n; i++) lines.push(`- name: s${i}`, '  image: alpine');
  return lines.join('\n') + '\n';
}

const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
const { launchOptions } = (await loadConfigFromFile({ command: 'build', mode: 'production' }, `${root}playwright.config.ts`, root, 'silent')).config.use;
const browser = await chromium.launch({ ...launchOptions, headless: true });
const [one] = loadavg();
console.log(`${cpus()[0]?.model} × ${cpus().length}, load ${one.toFixed(2)}; Chromium ${browser.version()}`);
console.log(`opening ${containers} containers (${(text.length / 1024).toFixed(0)} KiB) from ${outDir}, ${runs} runs`);
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForSelector('[data-testid="yaml-editor"][data-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => {
      const probe = { tasks: [], clicks: [], progressSeen: false, marks: {} };
      const mark = (name, seen) => {
        if (seen && probe.marks[name] === undefined) probe.marks[name] = performance.now();
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: false });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="open-progress"]')) probe.progressSeen = true;
        mark('progress', document.querySelector('[data-testid="open-progress"]'));
        mark('notice', document.querySelector('[data-testid="notice"]'));
        mark('pending', document.querySelector('[data-testid="sync-status"][data-pending="true"]'));
        mark('firstNode', document.querySelector('.react-flow__node-container'));
        if (probe.marks.pending !== undefined) mark('analysed', !document.querySelector('[data-testid="sync-status"][data-pending="true"]'));
      }).observe(document.body, { subtree: true, childList: true });
      window.__open = probe;
    });
    const profiling = process.env.BENCH_PROFILE && run === 1;
    const cdp = profiling ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const started = await page.evaluate(() => performance.now());
    await page.getByTestId('open-file-input').setInputFiles({ name: 'large.yml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    // probe clicks while the open is under way: how long each waits for the main thread
    const clicks = [];
    // every container drawn, or, for a build too large to draw whole, the part drawn and the note saying so
    const done = page.waitForFunction(
      (n) =>
        !document.querySelector('[data-testid="open-progress"]') &&
        (document.querySelectorAll('.react-flow__node-container').length === n || document.querySelector('[data-testid="partial-drawing"]') !== null),
      containers,
      { timeout: 300_000, polling: 100 },
    );
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      const sent = Date.now();
      await page.evaluate(() => 0).catch(() => {});
      clicks.push(Date.now() - sent);
      await new Promise((r) => setTimeout(r, 50));
    }
    await done;
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    }
    const result = await page.evaluate((t0) => ({ ...window.__open, end: performance.now() - t0 }), started);
    const at = (t) => (t - started).toFixed(0);
    if (process.env.BENCH_TIMELINE) {
      console.log('  marks', Object.entries(result.marks).map(([k, t]) => `${k}@${at(t)}`).join(' '));
      console.log('  long tasks', result.tasks.filter((t) => t.start >= started).map((t) => `${at(t.start)}+${t.duration.toFixed(0)}`).join(' '));
    }
    const tasks = result.tasks.filter((t) => t.start >= started).map((t) => t.duration);
    const longest = Math.max(0, ...tasks);
    const blocked = tasks.reduce((a, b) => a + b, 0);
    clicks.sort((a, b) => a - b);
    console.log(
      `run ${run}: drawn after ${result.end.toFixed(0)} ms; long tasks ${tasks.length}, longest ${longest.toFixed(0)} ms, total ${blocked.toFixed(0)} ms; ` +
        `page round trip p50 ${clicks[Math.floor(clicks.length / 2)] ?? 0} ms, max ${clicks.at(-1) ?? 0} ms over ${clicks.length}; progress shown: ${result.progressSeen}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
