import type { GraphView } from '../../app/index.ts';
import type { Analysis } from '../../core/analyze.ts';

/** The analysis the inspector shows: while the text does not parse, the last one that did. */
export function inspectedAnalysis(view: GraphView): Analysis {
  return view.lastGood;
}

/** Why fields are read-only: the text does not parse, or a large text is still being analysed. */
export function staleReason(view: GraphView, behind = false, onRequest = false, what = 'the selection'): string | null {
  if (behind && onRequest) return `To show and edit the fields of ${what}, this very large config needs a full analysis on the page, which holds it for a few seconds.`;
  if (behind) return 'Updating: a large config is analysed in the background while you type. The fields show the last analysis and can be edited again after a short pause.';
  if (!view.stale) return null;
  const syntax = view.analysis.diagnostics.find((d) => d.severity === 'error');
  const at = syntax ? view.analysis.lineIndex.position(syntax.span.start) : null;
  const where = at ? ` (line ${at.line})` : '';
  return `Editing is paused: the YAML does not parse${where}. Fix it in the text editor; these values are from the last version that parsed.`;
}
