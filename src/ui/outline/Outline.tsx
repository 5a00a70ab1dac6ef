import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { removalCommands } from '../../app/index.ts';
import { useStudio, useStudioObject } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import { ShowMore } from '../ShowMore.tsx';
import { outlineRows, type OutlineRow } from './outlineRows.ts';
import './outline.css';

/** Rows drawn at a time: a build of tens of thousands of containers is drawn a page at a time. */
const PAGE = 1000;

/**
 * The graph as text, for screen readers and the keyboard: a tree of stages, containers,
 * volumes and mounts, derived from the same view as the canvas (so always in sync), with the
 * canvas's actions. Up/Down move between rows, Enter selects (the inspector shows it),
 * Delete deletes, Alt+Up/Down moves an onboot or onshutdown container in its run order.
 */
export function Outline() {
  const studio = useStudioObject();
  const { store } = studio;
  const view = useShownView();
  const selection = useStudio((s) => s.selection);
  const all = useMemo(() => outlineRows(view.graph), [view.graph]);
  const [limit, setLimit] = useState(PAGE);
  const rows = all.length > limit ? all.slice(0, limit) : all;
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const current = Math.max(0, rows.findIndex((r) => r.key === focusKey));
  useEffect(() => {
    // opened from its toolbar button: the keyboard goes on into the tree, which sits far down the Tab order
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.dataset.opensOutline !== undefined) list.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, []);

  const focusRow = (index: number) => {
    const row = rows[Math.min(rows.length - 1, Math.max(0, index))];
    if (!row) return;
    setFocusKey(row.key);
    list.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(row.key)}"]`)?.focus();
  };

  const act = (e: KeyboardEvent, row: OutlineRow) => {
    const { setSelection } = store.getState();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (e.altKey && row.order && row.elementId) {
        const toIndex = row.order.index + (e.key === 'ArrowUp' ? -1 : 1);
        if (toIndex >= 0 && toIndex < row.order.count) studio.dispatch({ type: 'moveContainer', containerId: row.elementId, toIndex }, { label: 'Move container' });
      } else focusRow(current + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(rows.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && row.elementId) setSelection([row.elementId]);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && row.elementId) {
      const commands = removalCommands([row.elementId]);
      if (commands.length > 0 && studio.dispatch(commands, { label: 'Delete' }).ok) focusRow(Math.min(current, rows.length - 2));
    } else return;
    e.preventDefault();
    e.stopPropagation(); // the global Delete shortcut acts on the selection, not on this row
  };

  return (
    <section className="outline" aria-labelledby="outline-title" data-testid="outline">
      <h2 id="outline-title">Outline</h2>
      <p className="outline-keys" id="outline-keys">
        ↑/↓ move · Enter selects (edit it in the inspector) · Delete deletes · Alt+↑/↓ changes the run order
      </p>
      <ul ref={list} role="tree" aria-label="Graph outline" aria-describedby="outline-keys" className="outline-tree">
        {rows.map((row, i) => {
          const selected = row.elementId !== null && selection.includes(row.elementId);
          return (
            <li
              key={row.key}
              data-key={row.key}
              data-element-id={row.elementId ?? undefined}
              data-testid="outline-item"
              role="treeitem"
              aria-level={row.level}
              aria-selected={row.elementId !== null ? selected : undefined}
              tabIndex={i === current ? 0 : -1}
              className={`outline-item kind-${row.kind}${selected ? ' is-selected' : ''}`}
              onKeyDown={(e) => act(e, row)}
              onFocus={() => setFocusKey(row.key)}
              onClick={() => row.elementId && store.getState().setSelection([row.elementId])}
            >
              {row.label}
            </li>
          );
        })}
      </ul>
      <ShowMore shown={rows.length} total={all.length} page={PAGE} onMore={() => setLimit((l) => l + PAGE)} what="rows" testId="outline-more" />
    </section>
  );
}
