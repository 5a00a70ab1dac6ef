import type { FlowAccess, FlowFinding } from '../../core/dataflow/types.ts';
import type { StudioStore } from '../../app/store.ts';
import type { Span } from '../../core/text/span.ts';
import { revealSpan } from '../runtime/revealSpan.ts';

/**
 * Selects what a row of the data flow is about: its container and, for the file's own volume
 * mount, that mount's edge too (host binds and image defaults have no edge; the inspector then
 * edits the mount, app/inspectedElement.ts); the file's own mount is shown in the editor too.
 */
function select(store: StudioStore, containerId: string | undefined, mountId: string | undefined, volume: boolean, span: Span | undefined): void {
  const ids = [...(volume && mountId ? [mountId] : []), ...(containerId ? [containerId] : [])];
  if (ids.length > 0) store.getState().setSelection(ids);
  if (span) revealSpan(span);
}

export function selectAccess(store: StudioStore, a: FlowAccess): void {
  select(store, a.containerId, a.mountId, a.kind === 'volume', a.span);
}

export function selectFinding(store: StudioStore, f: FlowFinding): void {
  select(store, f.containerIds[0], f.mountId, f.kind !== 'hidden-path', f.span);
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
