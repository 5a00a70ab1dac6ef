import type { Analysis } from '../core/analyze.ts';
import type { Diagnostic } from '../core/diagnostics/types.ts';
import { projectGraph } from '../core/graph/project.ts';
import type { Graph } from '../core/graph/types.ts';
import { outlineOf, type ModelOutline } from '../core/model/outline.ts';

/**
 * What the views show of one text, as plain data: the worker sends it (structured clone),
 * the main thread builds the same from its own analysis of small texts.
 */
export interface ViewSnapshot {
  diagnostics: Diagnostic[];
  wellFormed: boolean;
  /** Null when the text does not parse (the views keep the last graph that did). */
  graph: Graph | null;
  outline: ModelOutline | null;
}

export function snapshotOf(analysis: Analysis, graph: Graph | null = analysis.wellFormed ? projectGraph(analysis) : null): ViewSnapshot {
  return {
    diagnostics: analysis.diagnostics,
    wellFormed: analysis.wellFormed,
    graph,
    outline: analysis.wellFormed ? outlineOf(analysis.parsed.model) : null,
  };
}
