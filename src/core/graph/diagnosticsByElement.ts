import type { Analysis } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import type { Span } from '../text/span.ts';
import { KERNEL_NODE_ID, type DiagnosticCounts, type ElementDiagnostic } from './types.ts';

interface Located {
  id: string;
  span: Span;
}

/**
 * Diagnostics grouped by the graph element they concern: by `target` when set, otherwise
 * the innermost mount, container, volume, file entry or kernel header whose span contains the
 * diagnostic's span. Diagnostics that fall in no element are left out.
 */
export function diagnosticsByElement(analysis: Analysis): Map<string, Diagnostic[]> {
  const model = analysis.parsed.model;
  const mounts = sortedByStart(model.mounts.map((m) => ({ id: m.id, span: m.span })));
  const elements = sortedByStart([
    ...model.containers.map((c) => ({ id: c.id, span: c.span })),
    ...model.volumes.map((v) => ({ id: v.id, span: v.span })),
    ...model.files.map((f) => ({ id: f.id, span: f.span })),
    ...kernelSpans(analysis),
  ]);
  const out = new Map<string, Diagnostic[]>();
  for (const d of analysis.diagnostics) {
    const id = d.target ?? enclosing(mounts, d.span) ?? enclosing(elements, d.span);
    if (id === undefined) continue;
    const list = out.get(id);
    if (list) list.push(d);
    else out.set(id, [d]);
  }
  return out;
}

/** The kernel header covers the `kernel:` mapping and the `init:` list. */
function kernelSpans(analysis: Analysis): Located[] {
  const { model } = analysis.parsed;
  const out: Located[] = [];
  if (model.kernel) out.push({ id: KERNEL_NODE_ID, span: model.kernel.span });
  const init = model.sections.init;
  if (init && init.valueSpan.end > init.valueSpan.start) out.push({ id: KERNEL_NODE_ID, span: init.valueSpan });
  return out;
}

function sortedByStart(list: Located[]): Located[] {
  return list.filter((l) => l.span.end > l.span.start).sort((a, b) => a.span.start - b.span.start);
}

/** Elements of one list never overlap, so the candidate is the last one starting at or before the span. */
function enclosing(sorted: Located[], span: Span): string | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start <= span.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const candidate = sorted[found];
  return span.end <= candidate.span.end ? candidate.id : undefined;
}

export function toElementDiagnostics(list: readonly Diagnostic[]): ElementDiagnostic[] {
  return list.map((d) => ({ code: d.code, severity: d.severity, message: d.message, span: d.span }));
}

export function countDiagnostics(list: readonly { severity: Diagnostic['severity'] }[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of list) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
