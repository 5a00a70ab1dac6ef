import { analyze } from '../core/analyze.ts';
import { compareGraph, type DiffState } from '../core/diff/compareGraph.ts';
import { diffConfigs } from '../core/diff/diffConfigs.ts';
import type { ConfigDiff } from '../core/diff/types.ts';
import { autoLayout } from '../core/graph/autoLayout.ts';
import { projectGraph } from '../core/graph/project.ts';
import type { Graph } from '../core/graph/types.ts';
import type { ElementChange } from '../core/diff/types.ts';
import { outlineOf, type ElementSpan } from '../core/model/outline.ts';
import type { Span } from '../core/text/span.ts';
import type { AnalysisCache } from './analysis.ts';
import type { Positions } from './positions.ts';

/** What the current text is compared with: a file the user picked, or the text the page opened with. */
export interface CompareBase {
  name: string;
  text: string;
}

export type CompareView =
  | {
      ok: true;
      diff: ConfigDiff;
      graph: Graph;
      states: ReadonlyMap<string, DiffState>;
      positions: Positions;
      /** Where each element stands in the base text (`before`) and in the current one (`after`). */
      spans: { before: readonly ElementSpan[]; after: readonly ElementSpan[] };
    }
  | { ok: false; reason: string };

/**
 * The comparison of `base` (before) with the current `text` (after): the meaning-first diff the
 * CLI prints, and one laid-out graph with removed elements put back. Pure: derived from the two
 * texts (callers memoise it on them).
 */
export function compareView(analysis: AnalysisCache, base: CompareBase, text: string): CompareView {
  const before = analyze(base.text);
  const after = analysis.of(text);
  if (!before.wellFormed) return { ok: false, reason: `${base.name} does not parse as YAML, so its graph cannot be compared; the text diff still shows the lines.` };
  if (!after.wellFormed) return { ok: false, reason: 'The current text does not parse as YAML, so its graph cannot be compared; the text diff still shows the lines.' };
  const diff = diffConfigs(before.parsed.model, after.parsed.model);
  const { graph, states } = compareGraph(projectGraph(before), projectGraph(after), diff);
  const spans = { before: outlineOf(before.parsed.model).elements, after: outlineOf(after.parsed.model).elements };
  return { ok: true, diff, graph, states, positions: autoLayout(graph), spans };
}

/** Where a change is in the text diff: the removed side for a removal, the current side otherwise. */
export interface ChangePlace {
  side: 'original' | 'modified';
  span: Span;
}

export function changePlace(spans: { before: readonly ElementSpan[]; after: readonly ElementSpan[] }, change: ElementChange): ChangePlace | null {
  const side = change.change === 'removed' ? 'original' : 'modified';
  const span = (side === 'original' ? spans.before : spans.after).find((e) => e.id === change.id)?.span;
  return span ? { side, span } : null;
}
