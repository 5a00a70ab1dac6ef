import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateConfig } from '../../bench/generateConfig.ts';
import { analyze } from '../core/analyze.ts';
import { backgroundVersion, setAnalyser, subscribeBackground } from './backgroundAnalysis.ts';
import { LARGE_TEXT_CHARS, shownViewOf } from './shownView.ts';
import { completeLayoutOnAnalysis } from './layoutCompletion.ts';
import { createStudioStore } from './store.ts';
import { snapshotOf, type ViewSnapshot } from './viewSnapshot.ts';

// An analyser the test finishes by hand: what the worker does, without the worker.
function manualAnalyser() {
  const calls: { text: string; finish(): void; fail(): void }[] = [];
  setAnalyser(
    (text) =>
      new Promise<ViewSnapshot>((resolve, reject) => {
        calls.push({ text, finish: () => resolve(snapshotOf(analyze(text))), fail: () => reject(new Error('worker died')) });
      }),
  );
  return calls;
}

const arrived = () => new Promise<void>((resolve) => {
  const stop = subscribeBackground(() => {
    stop();
    resolve();
  });
});

const large = generateConfig(200).text;
function rename(text: string, from: string, to: string): string {
  if (!text.includes(`name: ${from}\n`)) throw new Error(`no container ${from}`);
  return text.replace(`name: ${from}\n`, `name: ${to}\n`);
}

beforeEach(() => {
  // the first text of each test is analysed on the main thread, as an opened file is
  shownViewOf('');
});
afterEach(() => setAnalyser(null));

describe('shownViewOf', () => {
  it('shows a small text at once, analysed on the main thread', () => {
    const calls = manualAnalyser();
    const text = 'services:\n  - name: web\n    image: nginx:1.27\n';
    const view = shownViewOf(text);
    expect(view).toMatchObject({ text, pending: false, stale: false });
    expect(view.graph.nodes.map((n) => n.id)).toContain('container:services:web');
    expect(calls).toHaveLength(0);
  });

  it('analyses a large typed text in the background and shows the older view until it arrives', async () => {
    expect(large.length).toBeGreaterThan(LARGE_TEXT_CHARS);
    const calls = manualAnalyser();
    // an open is analysed in the background too: the page never waits for it
    const store = createStudioStore({ text: large });
    const stopLayout = completeLayoutOnAnalysis(store);
    expect(shownViewOf(large).pending).toBe(true);
    expect(store.getState().positions).toEqual({});
    const opened = arrived();
    calls[0].finish();
    await opened;
    const before = shownViewOf(large);
    expect(before.pending).toBe(false);
    // its result laid the graph out
    expect(Object.keys(store.getState().positions).sort()).toEqual(before.graph.nodes.map((n) => n.id).sort());

    const typed = rename(large, 'svc-100', 'svc-typed');
    store.getState().editorChanged(typed);
    const waiting = shownViewOf(typed);
    expect(waiting).toMatchObject({ text: large, pending: true });
    expect(waiting.graph).toBe(before.graph);
    expect(calls.map((c) => c.text === typed)).toEqual([false, true]);
    // no position yet for a node nobody has seen
    expect(store.getState().positions['container:services:svc-typed']).toBeUndefined();

    const version = backgroundVersion();
    const done = arrived();
    calls[1].finish();
    await done;
    expect(backgroundVersion()).toBe(version + 1);
    const shown = shownViewOf(typed);
    expect(shown).toMatchObject({ text: typed, pending: false, stale: false });
    expect(shown.graph.nodes.some((n) => n.id === 'container:services:svc-typed')).toBe(true);
    expect(shown.graph.nodes.some((n) => n.id === 'container:services:svc-100')).toBe(false);
    expect(shown.outline.containerNames).toContain('svc-typed');

    // the result placed the node it brought
    expect(store.getState().positions['container:services:svc-typed']).toBeDefined();
    stopLayout();
  });

  it('analyses only the newest text typed while an analysis runs', async () => {
    const calls = manualAnalyser();
    const a = rename(large, 'svc-100', 'a');
    const b = rename(large, 'svc-100', 'ab');
    const c = rename(large, 'svc-100', 'abc');
    shownViewOf(a);
    shownViewOf(b);
    shownViewOf(c);
    expect(calls.map((call) => call.text)).toEqual([a]);
    // views re-derive as soon as a result arrives (as the UI's subscribers do): that must not start c twice
    const stop = subscribeBackground(() => shownViewOf(c));
    const shownBefore = shownViewOf(c).text;
    calls[0].finish();
    await expect.poll(() => calls.length).toBe(2);
    // a's result is already old: not shown; c (not b) is analysed next
    expect(calls.map((call) => call.text)).toEqual([a, c]);
    expect(shownViewOf(c)).toMatchObject({ text: shownBefore, pending: true });
    const done = arrived();
    calls[1].finish();
    await done;
    expect(shownViewOf(c)).toMatchObject({ text: c, pending: false });
    expect(calls).toHaveLength(2);
    stop();
  });

  it('keeps the last graph that parsed while a large text is broken, with the new diagnostics', async () => {
    const calls = manualAnalyser();
    const good = rename(large, 'svc-100', 'good');
    const broken = good.replace('name: good\n', 'name: [good\n');
    shownViewOf(good);
    let done = arrived();
    calls[0].finish();
    await done;
    const goodView = shownViewOf(good);
    shownViewOf(broken);
    done = arrived();
    calls[1].finish();
    await done;
    const view = shownViewOf(broken);
    expect(view).toMatchObject({ text: broken, stale: true, pending: false });
    expect(view.graph).toBe(goodView.graph);
    expect(view.diagnostics.some((d) => d.code === 'yaml-syntax')).toBe(true);
    expect(view.lineIndex.position(view.diagnostics[0].span.start).line).toBeGreaterThan(1);
  });

  it('falls back to the main thread when the worker fails', async () => {
    const calls = manualAnalyser();
    const text = rename(large, 'svc-100', 'after-failure');
    shownViewOf(text);
    const done = arrived();
    calls[0].fail();
    await done;
    expect(shownViewOf(text)).toMatchObject({ text, pending: false, stale: false });
  });
});
