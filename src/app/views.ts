import { analyze, type Analysis } from '../core/analyze.ts';
import type { Diagnostic } from '../core/diagnostics/types.ts';
import { diagnosticsByElement } from '../core/graph/diagnosticsByElement.ts';
import { projectGraph } from '../core/graph/project.ts';
import type { Graph } from '../core/graph/types.ts';
import { outlineOf, type ModelOutline } from '../core/model/outline.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { createBuildViews, type BuildView } from './buildViews.ts';
import type { AnalysisCache } from './analysis.ts';
import { MAIN_FILE, type StudioFile } from './files.ts';
import type { BackgroundAnalysis } from './backgroundAnalysis.ts';
import { snapshotOf, type ViewSnapshot } from './viewSnapshot.ts';

/**
 * Texts this long are analysed in a worker while the user types: their analysis takes longer
 * than a frame budget allows (about 40 ms at 64 KiB on a slow machine, 300 ms at 500 KiB).
 */
export const LARGE_TEXT_CHARS = 64 * 1024;

/**
 * How a view relates to the current text: `exact` (derived from it), `pending` (a newer text is
 * being analysed in the background: the view is of an older one), `stale` (the text does not
 * parse: the graph is the last good one).
 */
export type ViewStatus = 'exact' | 'pending' | 'stale';

/** What one file of the view says: its diagnostics, with the line index of the text they are of. */
export interface FileView {
  name: string;
  text: string;
  diagnostics: Diagnostic[];
  lineIndex: LineIndex;
  /** The file's elements (build ids) and the names it may use, of its last text that parsed. */
  outline: ModelOutline;
}

/** What the canvas, problems list, editor markers and status show. */
export interface ShownView {
  /** The text this view was derived from (older than the current text while `pending`); for a build of several files, their texts joined (a key). */
  text: string;
  /** The graph of `text`, or of the last text that parsed when `stale`; for several files, the merged build's. */
  graph: Graph;
  /** Every file's diagnostics (for counts; `files` says which file each is of). */
  diagnostics: Diagnostic[];
  /** The files in build order, each with its diagnostics. */
  files: FileView[];
  /** Elements and names of the graph's text (of the first file, for several: each file's is in `files`). */
  outline: ModelOutline;
  /** `text` does not parse: the graph is the last one that did. */
  stale: boolean;
  /** A newer text is being analysed in the background. */
  pending: boolean;
  status: ViewStatus;
}

/** The full analysis of one text (YAML nodes included): what the inspector, explain and commands read. */
export interface GraphView {
  graph: Graph;
  /** The analysis of the current text (diagnostics, line index). */
  analysis: Analysis;
  /** The analysis of the last text that parsed: what the graph, inspector and completion show. */
  lastGood: Analysis;
  /** True when the text does not parse and the graph shows the last good state. */
  stale: boolean;
}

/** The one record of the last text that parsed, from whichever analysis saw it (main thread or worker). */
interface LastGood {
  text: string;
  graph: Graph;
  outline: ModelOutline;
  /** Null when the worker analysed it (it cannot send YAML nodes): analysed again when asked for. */
  analysis: Analysis | null;
}

export interface Views {
  /**
   * The view of the build: for one file, exact for small texts (and texts analysed already), else
   * the newest background result, `pending` until this very text's arrives; several files are
   * analysed together (analyzeBuild) on the main thread.
   */
  shown(files: string | readonly StudioFile[]): ShownView;
  /** The build's analysis: its graph, each file's full analysis, and where each element's text lives. */
  build(files: readonly StudioFile[]): BuildView;
  /** The full analysis view of `text` (analysed on the main thread now); when broken, the last good graph marked stale. */
  graph(text: string): GraphView;
  /** The last graph() view (of whichever text), or the empty config's before the first. */
  lastGraph(): GraphView;
  /** True when the shown view of `text` would not be the view of this very text. */
  inBackground(text: string): boolean;
  /** The diagnostics of one graph element (by target, or by the element enclosing them), indexed once per analysis. */
  elementDiagnostics(analysis: Analysis, id: string): Diagnostic[];
}

export const EMPTY_OUTLINE: ModelOutline = { elements: [], volumeNames: [], containerNames: [] };

export function createViews(analysis: AnalysisCache, background: BackgroundAnalysis): Views {
  let lastGood: LastGood | null = null;
  let lastGraph: { text: string; view: GraphView } | null = null;
  let lastShown: ShownView | null = null;
  let memo: { text: string; name: string; version: number; view: ShownView } | null = null;
  let empty: { graph: Graph; analysis: Analysis } | null = null;
  const byElement = new WeakMap<Analysis, Map<string, Diagnostic[]>>();

  const emptyConfig = () => {
    if (!empty) {
      const a = analyze('');
      empty = { graph: projectGraph(a), analysis: a };
    }
    return empty;
  };

  const lastGoodAnalysis = (good: LastGood): Analysis => (good.analysis ??= analyze(good.text));

  const graph = (text: string): GraphView => {
    if (lastGraph?.text === text) return lastGraph.view;
    const current = analysis.of(text);
    let view: GraphView;
    if (current.wellFormed) {
      const g = projectGraph(current);
      lastGood = { text, graph: g, outline: outlineOf(current.parsed.model), analysis: current };
      view = { graph: g, analysis: current, lastGood: current, stale: false };
    } else if (lastGood) {
      view = { graph: lastGood.graph, analysis: current, lastGood: lastGoodAnalysis(lastGood), stale: true };
    } else {
      view = { graph: emptyConfig().graph, analysis: current, lastGood: emptyConfig().analysis, stale: true };
    }
    lastGraph = { text, view };
    return view;
  };

  const inBackground = (text: string) => text.length >= LARGE_TEXT_CHARS && !analysis.has(text);

  const fromSnapshot = (text: string, snapshot: ViewSnapshot, lineIndex: LineIndex, name: string): ShownView => {
    if (snapshot.graph && snapshot.outline && lastGood?.graph !== snapshot.graph) {
      lastGood = { text, graph: snapshot.graph, outline: snapshot.outline, analysis: null };
    }
    const stale = !snapshot.wellFormed;
    return {
      text,
      graph: lastGood?.graph ?? emptyConfig().graph,
      outline: lastGood?.outline ?? EMPTY_OUTLINE,
      diagnostics: snapshot.diagnostics,
      files: [{ name, text, diagnostics: snapshot.diagnostics, lineIndex, outline: lastGood?.outline ?? EMPTY_OUTLINE }],
      stale,
      pending: false,
      status: stale ? 'stale' : 'exact',
    };
  };

  const pendingOf = (view: ShownView): ShownView => (view.pending ? view : { ...view, pending: true, status: 'pending' });

  const derive = (text: string, name: string): ShownView => {
    if (!inBackground(text)) {
      const exact = graph(text);
      const stale = exact.stale;
      return {
        text,
        graph: exact.graph,
        outline: lastGood?.outline ?? EMPTY_OUTLINE,
        diagnostics: exact.analysis.diagnostics,
        files: [{ name, text, diagnostics: exact.analysis.diagnostics, lineIndex: exact.analysis.lineIndex, outline: lastGood?.outline ?? EMPTY_OUTLINE }],
        stale,
        pending: false,
        status: stale ? 'stale' : 'exact',
      };
    }
    const result = background.latest();
    if (result?.text === text) return fromSnapshot(text, result.snapshot, new LineIndex(text), name);
    background.request(text);
    if (result && result.text !== lastShown?.text) return pendingOf(fromSnapshot(result.text, result.snapshot, new LineIndex(result.text), name));
    if (lastShown && lastShown.files.length === 1) return pendingOf(lastShown);
    // nothing shown yet (a large text at start-up): show the empty config until the result arrives
    const e = emptyConfig();
    return pendingOf(fromSnapshot('', snapshotOf(e.analysis, e.graph), e.analysis.lineIndex, name));
  };

  const builds = createBuildViews({ graph: (text) => graph(text), empty: () => emptyConfig() });

  return {
    shown(build) {
      // a text is a build of that one file
      if (typeof build !== 'string' && build.length > 1) return (lastShown = builds.shown(build));
      const { text, name } = typeof build === 'string' ? { text: build, name: MAIN_FILE } : build[0];
      const version = background.version();
      if (memo && memo.text === text && memo.name === name && memo.version === version) return memo.view;
      const view = derive(text, name);
      memo = { text, name, version, view };
      lastShown = view;
      return view;
    },
    build: (files) => builds.build(files),
    graph,
    lastGraph: () => {
      if (lastGraph) return lastGraph.view;
      const e = emptyConfig();
      return { graph: e.graph, analysis: e.analysis, lastGood: e.analysis, stale: false };
    },
    inBackground,
    elementDiagnostics(a, id) {
      let map = byElement.get(a);
      if (!map) {
        map = diagnosticsByElement(a);
        byElement.set(a, map);
      }
      return map.get(id) ?? [];
    },
  };
}
