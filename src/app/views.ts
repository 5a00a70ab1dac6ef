import { analyze, type Analysis } from '../core/analyze.ts';
import type { Diagnostic } from '../core/diagnostics/types.ts';
import { diagnosticsByElement } from '../core/graph/diagnosticsByElement.ts';
import { projectGraph } from '../core/graph/project.ts';
import type { Graph } from '../core/graph/types.ts';
import { outlineOf, type ModelOutline } from '../core/model/outline.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import type { AnalysisCache } from './analysis.ts';
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

/** What the canvas, problems list, editor markers and status show. */
export interface ShownView {
  /** The text this view was derived from: older than the current text while `pending`. */
  text: string;
  /** The graph of `text`, or of the last text that parsed when `stale`. */
  graph: Graph;
  diagnostics: Diagnostic[];
  lineIndex: LineIndex;
  /** Elements and names of the graph's text. */
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
  /** The view of `text`: exact for small texts (and texts analysed already), else the newest background result, `pending` until this very text's arrives. */
  shown(text: string): ShownView;
  /** The full analysis view of `text` (analysed on the main thread now); when broken, the last good graph marked stale. */
  graph(text: string): GraphView;
  /** The last graph() view (of whichever text), or the empty config's before the first. */
  lastGraph(): GraphView;
  /** True when the shown view of `text` would not be the view of this very text. */
  inBackground(text: string): boolean;
  /** The diagnostics of one graph element (by target, or by the element enclosing them), indexed once per analysis. */
  elementDiagnostics(analysis: Analysis, id: string): Diagnostic[];
}

const EMPTY_OUTLINE: ModelOutline = { elements: [], volumeNames: [], containerNames: [] };

export function createViews(analysis: AnalysisCache, background: BackgroundAnalysis): Views {
  let lastGood: LastGood | null = null;
  let lastGraph: { text: string; view: GraphView } | null = null;
  let lastShown: ShownView | null = null;
  let memo: { text: string; version: number; view: ShownView } | null = null;
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

  const fromSnapshot = (text: string, snapshot: ViewSnapshot, lineIndex: LineIndex): ShownView => {
    if (snapshot.graph && snapshot.outline && lastGood?.graph !== snapshot.graph) {
      lastGood = { text, graph: snapshot.graph, outline: snapshot.outline, analysis: null };
    }
    const stale = !snapshot.wellFormed;
    return {
      text,
      graph: lastGood?.graph ?? emptyConfig().graph,
      outline: lastGood?.outline ?? EMPTY_OUTLINE,
      diagnostics: snapshot.diagnostics,
      lineIndex,
      stale,
      pending: false,
      status: stale ? 'stale' : 'exact',
    };
  };

  const pendingOf = (view: ShownView): ShownView => (view.pending ? view : { ...view, pending: true, status: 'pending' });

  const derive = (text: string): ShownView => {
    if (!inBackground(text)) {
      const exact = graph(text);
      const stale = exact.stale;
      return {
        text,
        graph: exact.graph,
        outline: lastGood?.outline ?? EMPTY_OUTLINE,
        diagnostics: exact.analysis.diagnostics,
        lineIndex: exact.analysis.lineIndex,
        stale,
        pending: false,
        status: stale ? 'stale' : 'exact',
      };
    }
    const result = background.latest();
    if (result?.text === text) return fromSnapshot(text, result.snapshot, new LineIndex(text));
    background.request(text);
    if (result && result.text !== lastShown?.text) return pendingOf(fromSnapshot(result.text, result.snapshot, new LineIndex(result.text)));
    if (lastShown) return pendingOf(lastShown);
    // nothing shown yet (a large text at start-up): show the empty config until the result arrives
    const e = emptyConfig();
    return pendingOf(fromSnapshot('', snapshotOf(e.analysis, e.graph), e.analysis.lineIndex));
  };

  return {
    shown(text) {
      const version = background.version();
      if (memo && memo.text === text && memo.version === version) return memo.view;
      const view = derive(text);
      memo = { text, version, view };
      lastShown = view;
      return view;
    },
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
