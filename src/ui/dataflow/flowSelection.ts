import type { FlowAccess, FlowFinding } from '../../core/dataflow/types.ts';
import type { StudioStore } from '../../app/store.ts';
import { revealSpan } from '../runtime/revealSpan.ts';

/**
 * Selects what a row of the data flow is about: the file's own mount (its edge in the graph,
 * its line in the editor), or, for a mount an image default brings, its container.
 */
export function selectAccess(store: StudioStore, a: Pick<FlowAccess, 'containerId' | 'mountId' | 'span'>): void {
  store.getState().setSelection([a.mountId ?? a.containerId]);
  if (a.span) revealSpan(a.span);
}

export function selectFinding(store: StudioStore, f: FlowFinding): void {
  const id = f.mountId ?? f.containerIds[0];
  if (id) store.getState().setSelection([id]);
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
