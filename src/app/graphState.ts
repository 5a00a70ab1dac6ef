import type { Analysis } from '../core/analyze.ts';
import { projectGraph } from '../core/graph/project.ts';
import type { Graph } from '../core/graph/types.ts';
import { analysisOf } from './analysis.ts';

export interface GraphView {
  graph: Graph;
  /** The analysis of the current text (diagnostics, line index). */
  analysis: Analysis;
  /** The analysis of the last text that parsed: what the graph, inspector and completion show. */
  lastGood: Analysis;
  /** True when the text does not parse and the graph shows the last good state. */
  stale: boolean;
}

let lastGood: GraphView | null = null;
let lastText: string | null = null;
let lastView: GraphView | null = null;

/** The graph of a text, memoised; when the text is broken, the last good graph marked stale. */
export function graphViewOf(text: string): GraphView {
  if (text === lastText && lastView) return lastView;
  const analysis = analysisOf(text);
  let view: GraphView;
  if (analysis.wellFormed) {
    view = { graph: projectGraph(analysis), analysis, lastGood: analysis, stale: false };
    lastGood = view;
  } else if (lastGood) {
    view = { ...lastGood, analysis, stale: true };
  } else {
    const empty = analysisOf('');
    view = { graph: projectGraph(empty), analysis, lastGood: empty, stale: true };
  }
  lastText = text;
  lastView = view;
  return view;
}

/** The last view computed (of whichever text), or null before the first. */
export function lastGraphView(): GraphView | null {
  return lastView;
}
