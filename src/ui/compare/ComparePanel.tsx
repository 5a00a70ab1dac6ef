import { useCallback, useMemo, useState } from 'react';
import { changePlace, compareView, type CompareBase } from '../../app/compare.ts';
import type { ElementChange } from '../../core/diff/types.ts';
import { diffSummary } from '../../core/diff/describe.ts';
import { activeText } from '../../app/index.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { ChangeList } from './ChangeList.tsx';
import { CompareGraph } from './CompareGraph.tsx';
import { DiffEditor } from './DiffEditor.tsx';

/** The comparison as a modal view: marked graph, meaning-first list of changes, side-by-side text diff. */
export default function ComparePanel({ base, onClose }: { base: CompareBase; onClose: () => void }) {
  const { analysis } = useStudioObject();
  // the file the editor shows (in a build of several files)
  const text = useStudio(activeText);
  const view = useMemo(() => compareView(analysis, base, text), [analysis, base, text]);
  const [focused, setFocused] = useState<ElementChange | null>(null);
  // a change of a view that has since been recomputed is not shown
  const shown = view.ok && focused && view.diff.changes.includes(focused) ? focused : null;
  const place = view.ok && shown ? changePlace(view.spans, shown) : null;
  // in the graph: the element itself, or for a mount drawn inside its container (tmpfs, proc), the container
  const marked = shown ? (shown.kind === 'mount' && view.ok && !view.graph.edges.some((e) => e.id === shown.id) ? shown.containerId : shown.id) : undefined;
  // opened as the element attaches, before React Flow measures its size inside it (a closed dialog has none)
  const openModal = useCallback((d: HTMLDialogElement | null) => {
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={openModal}
      className="compare-dialog"
      data-testid="compare-view"
      aria-labelledby="compare-title"
      onCancel={(e) => {
        e.preventDefault(); // Escape: close through React, so the view unmounts
        onClose();
      }}
    >
      <header className="compare-header">
        <h2 id="compare-title">
          Compared with <span className="compare-name">{base.name}</span>
        </h2>
        <span className="compare-summary" data-testid="compare-summary">
          {view.ok ? diffSummary(view.diff.changes) : view.reason}
        </span>
        <span className="compare-legend" aria-hidden="true">
          <span className="legend-added">added</span>
          <span className="legend-changed">changed</span>
          <span className="legend-removed">removed</span>
        </span>
        <button type="button" data-testid="compare-close" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="compare-body">
        <section className="compare-graph" data-testid="compare-graph" aria-label="Graph with the differences marked">
          {!view.ok ? <p className="compare-empty">{view.reason}</p> : <CompareGraph graph={view.graph} positions={view.positions} states={view.states} marked={marked} />}
        </section>
        {/* focusable: the list scrolls, and keyboard users scroll it too (axe: scrollable-region-focusable) */}
        <section className="compare-changes" aria-label="What changed, most important first" tabIndex={0}>
          {view.ok && <ChangeList changes={view.diff.changes} focused={shown} onFocus={setFocused} />}
        </section>
        <section className="compare-text" aria-label={`Text diff: ${base.name} on the left, the current text on the right`}>
          <DiffEditor original={base.text} modified={text} originalName={base.name} reveal={place} />
        </section>
      </div>
    </dialog>
  );
}
