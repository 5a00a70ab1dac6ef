import type { FlowAccess, FlowFinding } from '../../core/dataflow/types.ts';
import type { Studio } from '../../app/index.ts';
import type { Span } from '../../core/text/span.ts';

/**
 * Selects what a row of the data flow is about: its container and, for the file's own volume
 * mount, that mount's edge too (host binds and image defaults have no edge; the inspector then
 * edits the mount, app/inspectedElement.ts); the file's own mount is shown in the editor too.
 */
function select(studio: Studio, containerId: string | undefined, mountId: string | undefined, volume: boolean, span: Span | undefined): void {
  const ids = [...(volume && mountId ? [mountId] : []), ...(containerId ? [containerId] : [])];
  if (ids.length > 0) studio.store.getState().setSelection(ids);
  if (span) studio.editor()?.reveal(span.start, span.end);
}

export function selectAccess(studio: Studio, a: FlowAccess): void {
  select(studio, a.containerId, a.mountId, a.kind === 'volume', a.span);
}

export function selectFinding(studio: Studio, f: FlowFinding): void {
  select(studio, f.containerIds[0], f.mountId, f.kind !== 'hidden-path', f.span);
}

export function isSelected(selection: readonly string[], a: FlowAccess): boolean {
  return a.mountId ? selection.includes(a.mountId) : selection.includes(a.containerId);
}

/** The findings about one access (same stage, container and volume or mount). */
export function findingsOf(findings: readonly FlowFinding[], a: FlowAccess): FlowFinding[] {
  return findings.filter(
    (f) =>
      f.stage === a.stage &&
      f.containerIds.includes(a.containerId) &&
      (f.kind === 'hidden-path' ? f.destination === a.destination : f.target === a.target),
  );
}

export function stageLabel(id: string): string {
  return id.replace(':', ' ');
}
