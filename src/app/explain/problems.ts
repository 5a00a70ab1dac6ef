import { CODE_DOCS } from '../../core/diagnostics/codeDocs.ts';
import type { Diagnostic } from '../../core/diagnostics/types.ts';
import type { Explanation } from './explain.ts';

/** The Explain parts for the problems of one element: what LinuxKit does in each case, once per code. */
export function explainProblems(diagnostics: readonly Diagnostic[], id: string): Explanation['parts'] {
  const parts: Explanation['parts'] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (d.target !== id || seen.has(d.code)) continue;
    const text = CODE_DOCS[d.code]?.full;
    if (!text) continue;
    seen.add(d.code);
    parts.push({ heading: `Why \`${d.code}\``, text });
  }
  return parts;
}
