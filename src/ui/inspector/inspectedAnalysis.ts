import type { GraphView } from '../../app/index.ts';
import type { Analysis } from '../../core/analyze.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import { diagnosticsByElement } from '../../core/graph/diagnosticsByElement.ts';

/** The analysis the inspector shows: while the text does not parse, the last one that did. */
export function inspectedAnalysis(view: GraphView): Analysis {
  return view.lastGood;
}

const byElementCache = new WeakMap<Analysis, Map<string, Diagnostic[]>>();

/** The diagnostics of one graph element (by target, or by the element enclosing them). */
export function elementDiagnostics(analysis: Analysis, id: string): Diagnostic[] {
  let map = byElementCache.get(analysis);
  if (!map) {
    map = diagnosticsByElement(analysis);
    byElementCache.set(analysis, map);
  }
  return map.get(id) ?? [];
}

/** Why fields are read-only: the text does not parse, or a large text is still being analysed. */
export function staleReason(view: GraphView, behind = false): string | null {
  if (behind) return 'Updating: a large config is analysed in the background while you type. The fields show the last analysis and can be edited again after a short pause.';
  if (!view.stale) return null;
  const syntax = view.analysis.diagnostics.find((d) => d.severity === 'error');
  const at = syntax ? view.analysis.lineIndex.position(syntax.span.start) : null;
  const where = at ? ` (line ${at.line})` : '';
  return `Editing is paused: the YAML does not parse${where}. Fix it in the text editor; these values are from the last version that parsed.`;
}
