import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useStudio, useStudioStore } from '../state/StudioContext.tsx';
import { RemoveFileDialog } from './RemoveFileDialog.tsx';
import { returnFocus } from './returnFocus.ts';
import { scrollIntoList } from './scrollIntoList.ts';
import './files.css';

/**
 * One tab per file of a build of several files, in build order (the order `linuxkit build` is
 * given them, which decides what the merge keeps): a click shows the file in the editor; drag a
 * tab, or Alt+←/→ on it, to move it. With one file there is no tab bar at all.
 */
export function FileTabs() {
  const store = useStudioStore();
  const names = useStudio((s) => s.files.map((f) => f.name).join('\u0000'));
  const active = useStudio((s) => s.active);
  const [dragged, setDragged] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const files = names.split('\u0000');
  const tabOf = (name: string) => list.current?.querySelector<HTMLElement>(`[data-testid="file-tab"][data-file="${CSS.escape(name)}"]`) ?? null;
  // the whole tab, its × too
  const reveal = (el: HTMLElement) => list.current && scrollIntoList(list.current, el.parentElement ?? el);
  // the active file's tab is in view whenever it changes (a graph action may show another file)
  useEffect(() => {
    const el = list.current?.querySelector<HTMLElement>('.file-tab-wrap.is-active');
    if (el && list.current) scrollIntoList(list.current, el);
  }, [active, names]);
  if (files.length < 2) return null;
  const closeDialog = () => {
    setRemoving(null);
    // after React has taken the dialog out: while it is open the rest of the page is inert
    requestAnimationFrame(() => returnFocus(opener.current, store.getState().active));
  };
  const move = (name: string, to: number) => {
    store.getState().moveFile(name, to);
    store.getState().showNotice('info', `${name} is now file ${to + 1} of ${files.length}: LinuxKit merges the files in this order.`);
  };
  const onKey = (e: KeyboardEvent, name: string, i: number) => {
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const to = i + (e.key === 'ArrowLeft' ? -1 : 1);
      if (to >= 0 && to < files.length) move(name, to);
      return;
    }
    // arrow keys go from tab to tab
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const next = files[(i + (e.key === 'ArrowLeft' ? files.length - 1 : 1)) % files.length];
      store.getState().setActive(next);
      const el = tabOf(next);
      el?.focus({ preventScroll: true }); // the list scrolls, not the page
      if (el) reveal(el);
    }
  };
  const onDrop = (e: DragEvent, i: number) => {
    e.preventDefault();
    if (dragged !== null && dragged !== files[i]) move(dragged, i);
    setDragged(null);
  };
  return (
    <div className="file-tabs">
      <div ref={list} className="file-tabs-list" role="group" aria-label="Files of the build, in merge order (Alt+arrow keys move a file)">
        {files.map((name, i) => (
          <div
            key={name}
            className={`file-tab-wrap${name === active ? ' is-active' : ''}${dragged === name ? ' is-dragged' : ''}`}
            onDragOver={(e) => dragged !== null && e.preventDefault()}
            onDrop={(e) => onDrop(e, i)}
          >
            <button
              type="button"
              className="file-tab"
              data-testid="file-tab"
              data-file={name}
              aria-current={name === active ? 'true' : undefined}
              draggable
              title={`${name}: file ${i + 1} of ${files.length} of the build. Drag, or Alt+←/→, to change the order.`}
              onClick={() => store.getState().setActive(name)}
              onKeyDown={(e) => onKey(e, name, i)}
              onFocus={(e) => reveal(e.currentTarget)}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', name);
                setDragged(name);
              }}
              onDragEnd={() => setDragged(null)}
            >
              <span className="file-tab-order" aria-hidden="true">
                {i + 1}
              </span>
              <span className="file-tab-name">{name}</span>
            </button>
            <button
              type="button"
              className="file-tab-remove"
              data-testid="file-tab-remove"
              aria-label={`Remove ${name} from the build`}
              title={`Remove ${name} from the build`}
              onClick={(e) => {
                opener.current = e.currentTarget; // the keyboard comes back here when the dialog closes
                setRemoving(name);
              }}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      {removing !== null && <RemoveFileDialog name={removing} onClose={closeDialog} />}
    </div>
  );
}
