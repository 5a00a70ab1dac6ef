import { describe, expect, it } from 'vitest';
import { generateConfig } from '../../bench/generateConfig.ts';
import { analyze } from '../core/analyze.ts';
import type { Studio } from './studio.ts';
import { createTestStudio } from './testing/testStudio.ts';
import { snapshotOf, type ViewSnapshot } from './viewSnapshot.ts';
import { LARGE_TEXT_CHARS } from './views.ts';

// A Studio whose background analyser the test finishes by hand: what the worker does, without the worker.
// Its first text is analysed on the main thread, as an opened small file is.
function manualStudio(text = ''): { studio: Studio; calls: { text: string; finish(): void; fail(): void }[]; shown: Studio['views']['shown'] } {
  const calls: { text: string; finish(): void; fail(): void }[] = [];
  const studio = createTestStudio(
    { text },
    {
      analyser: (t) =>
        new Promise<ViewSnapshot>((resolve, reject) => {
          calls.push({ text: t, finish: () => resolve(snapshotOf(analyze(t))), fail: () => reject(new Error('worker died')) });
        }),
    },
  );
  return { studio, calls, shown: studio.views.shown };
}

const arrived = (studio: Studio) =>
  new Promise<void>((resolve) => {
    const stop = studio.background.subscribe(() => {
      stop();
      resolve();
    });
  });

const large = generateConfig(200).text;
function rename(text: string, from: string, to: string): string {
  if (!text.includes(`name: ${from}\n`)) throw new Error(`no container ${from}`);
  return text.replace(`name: ${from}\n`, `name: ${to}\n`);
}

describe('the Studio’s views: exact, pending, stale, with the last good one kept', () => {
  it('shows a small text at once, analysed on the main thread', () => {
    const { calls, shown: shownViewOf } = manualStudio();
    const text = 'services:\n  - name: web\n    image: nginx:1.27\n';
    const view = shownViewOf(text);
    expect(view).toMatchObject({ text, pending: false, stale: false });
    expect(view.graph.nodes.map((n) => n.id)).toContain('container:services:web');
    expect(calls).toHaveLength(0);
  });

  it('analyses a large typed text in the background and shows the older view until it arrives', async () => {
    expect(large.length).toBeGreaterThan(LARGE_TEXT_CHARS);
    // an open is analysed in the background too: the page never waits for it
    const { studio, calls, shown: shownViewOf } = manualStudio(large);
    const { store } = studio;
    expect(shownViewOf(large).pending).toBe(true);
    expect(store.getState().positions).toEqual({});
    const opened = arrived(studio);
    calls[0].finish();
    await opened;
    const before = shownViewOf(large);
    expect(before.pending).toBe(false);
    // its result laid the graph out
    expect(Object.keys(store.getState().positions).sort()).toEqual(before.graph.nodes.map((n) => n.id).sort());

    const typed = rename(large, 'svc-100', 'svc-typed');
    store.getState().editorChanged(typed);
    const waiting = shownViewOf(typed);
    expect(waiting).toMatchObject({ text: large, pending: true, status: 'pending' });
    expect(waiting.graph).toBe(before.graph);
    expect(calls.map((c) => c.text === typed)).toEqual([false, true]);
    // no position yet for a node nobody has seen
    expect(store.getState().positions['container:services:svc-typed']).toBeUndefined();

    const version = studio.background.version();
    const done = arrived(studio);
    calls[1].finish();
    await done;
    expect(studio.background.version()).toBe(version + 1);
    const shown = shownViewOf(typed);
    expect(shown).toMatchObject({ text: typed, pending: false, stale: false, status: 'exact' });
    expect(shown.graph.nodes.some((n) => n.id === 'container:services:svc-typed')).toBe(true);
    expect(shown.graph.nodes.some((n) => n.id === 'container:services:svc-100')).toBe(false);
    expect(shown.outline.containerNames).toContain('svc-typed');

    // the result placed the node it brought
    expect(store.getState().positions['container:services:svc-typed']).toBeDefined();
  });

  it('analyses only the newest text typed while an analysis runs', async () => {
    const { studio, calls, shown: shownViewOf } = manualStudio();
    const a = rename(large, 'svc-100', 'a');
    const b = rename(large, 'svc-100', 'ab');
    const c = rename(large, 'svc-100', 'abc');
    shownViewOf(a);
    shownViewOf(b);
    shownViewOf(c);
    expect(calls.map((call) => call.text)).toEqual([a]);
    // views re-derive as soon as a result arrives (as the UI's subscribers do): that must not start c twice
    const stop = studio.background.subscribe(() => shownViewOf(c));
    const shownBefore = shownViewOf(c).text;
    calls[0].finish();
    await expect.poll(() => calls.length).toBe(2);
    // a's result is already old: not shown; c (not b) is analysed next
    expect(calls.map((call) => call.text)).toEqual([a, c]);
    expect(shownViewOf(c)).toMatchObject({ text: shownBefore, pending: true });
    const done = arrived(studio);
    calls[1].finish();
    await done;
    expect(shownViewOf(c)).toMatchObject({ text: c, pending: false });
    expect(calls).toHaveLength(2);
    stop();
  });

  it('keeps the last graph that parsed while a large text is broken, with the new diagnostics', async () => {
    const { studio, calls, shown: shownViewOf } = manualStudio();
    const good = rename(large, 'svc-100', 'good');
    const broken = good.replace('name: good\n', 'name: [good\n');
    shownViewOf(good);
    let done = arrived(studio);
    calls[0].finish();
    await done;
    const goodView = shownViewOf(good);
    shownViewOf(broken);
    done = arrived(studio);
    calls[1].finish();
    await done;
    const view = shownViewOf(broken);
    expect(view).toMatchObject({ text: broken, stale: true, pending: false, status: 'stale' });
    expect(view.graph).toBe(goodView.graph);
    expect(view.diagnostics.some((d) => d.code === 'yaml-syntax')).toBe(true);
    expect(view.files[0].lineIndex.position(view.diagnostics[0].span.start).line).toBeGreaterThan(1);
  });

  it('falls back to the main thread when the worker fails', async () => {
    const { studio, calls, shown: shownViewOf } = manualStudio();
    const text = rename(large, 'svc-100', 'after-failure');
    shownViewOf(text);
    const done = arrived(studio);
    calls[0].fail();
    await done;
    expect(shownViewOf(text)).toMatchObject({ text, pending: false, stale: false });
  });
});

describe('one last good view, for the graph and the inspector alike', () => {
  it('a broken small text shows the last good graph and outline, and the inspector gets the last good analysis', () => {
    const good = 'services:\n  - name: web\n    image: nginx:1.27\nvolumes:\n  - name: data\n';
    const broken = `${good}  - [unclosed\n`;
    const studio = createTestStudio({ text: good });
    const exact = studio.views.shown(good);
    expect(exact.status).toBe('exact');
    studio.store.getState().editorChanged(broken);
    const stale = studio.view();
    expect(stale).toMatchObject({ text: broken, status: 'stale', stale: true, pending: false });
    expect(stale.graph).toBe(exact.graph);
    expect(stale.outline.volumeNames).toEqual(['data']);
    const inspected = studio.views.graph(broken);
    expect(inspected.stale).toBe(true);
    expect(inspected.graph).toBe(exact.graph);
    expect(inspected.lastGood.parsed.model.volumes.map((v) => v.name)).toEqual(['data']);
    expect(inspected.analysis.wellFormed).toBe(false);
  });

  it('the last good graph a worker sent is the one the inspector falls back to', async () => {
    const { studio, calls } = manualStudio();
    const good = rename(large, 'svc-100', 'from-worker');
    studio.views.shown(good);
    const done = arrived(studio);
    calls[0].finish();
    await done;
    const fromWorker = studio.views.shown(good).graph;
    // a small broken text now: its graph view is the worker's last good one, its analysis made when asked for
    const inspected = studio.views.graph('services:\n  - [unclosed\n');
    expect(inspected.graph).toBe(fromWorker);
    expect(inspected.lastGood.parsed.model.containers.some((c) => c.name === 'from-worker')).toBe(true);
  });
});
