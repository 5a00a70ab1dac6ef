import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { GraphNode } from '../../core/graph/types.ts';
import { useStudioObject } from '../state/StudioContext.tsx';
import { useShownView } from '../state/useShownView.ts';
import './mountPrompt.css';

interface Props {
  /** The element the prompt starts from (its graph id): a volume ("Mount into…") or a container ("Mount a volume…"). */
  from: { id: string; kind: 'volume' | 'container'; name: string };
  disabled: boolean;
}

interface Candidate {
  id: string;
  name: string;
  label: string;
  readonly: boolean;
}

/**
 * The other ends a mount may have, from the build's graph: every named container for a volume;
 * for a container, the named volumes its binds can name (in a build of several files, those of
 * the last file: moby/config.go AppendConfig keeps only the appended file's `vols`).
 */
function candidatesOf(nodes: readonly GraphNode[], kind: 'volume' | 'container', lastFile: string | undefined): Candidate[] {
  const out: Candidate[] = [];
  const where = (n: GraphNode) => (n.file === undefined ? '' : ` · ${n.file}`);
  for (const n of nodes) {
    if (kind === 'volume' && n.type === 'container' && n.data.name) out.push({ id: n.id, name: n.data.name, label: `${n.data.name} (${n.data.section})${where(n)}`, readonly: false });
    if (kind === 'container' && n.type === 'volume' && n.data.name && (n.file === undefined || n.file === lastFile)) {
      out.push({ id: n.id, name: n.data.name, label: `${n.data.name}${where(n)}`, readonly: n.data.readonly });
    }
  }
  return out;
}

/**
 * The keyboard's way to draw a mount edge: pick the other end, type the destination, tick
 * read-only, and the core `connect` command writes the bind (into the container's file). The
 * selection stays on the element the prompt started from, so several mounts can be made in a row.
 */
export function MountPrompt({ from, disabled }: Props) {
  const studio = useStudioObject();
  const { store } = studio;
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const isVolume = from.kind === 'volume';
  const view = useShownView();
  const fromNode = view.graph.nodes.find((n) => n.id === from.id);
  const others = candidatesOf(view.graph.nodes, from.kind, view.files.length > 1 ? view.files.at(-1)?.name : undefined);
  const [otherId, setOtherId] = useState('');
  const [destination, setDestination] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const chosen = otherId || others[0]?.id || '';
  const chosenOther = others.find((o) => o.id === chosen);
  const volumeName = isVolume ? from.name : chosenOther?.name;
  const forcedReadOnly = isVolume ? fromNode?.type === 'volume' && fromNode.data.readonly : chosenOther?.readonly === true;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const start = () => {
    setOtherId('');
    setDestination(isVolume ? `/${from.name}` : `/${others[0]?.name ?? ''}`);
    setReadOnly(false);
    setOpen(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const volumeId = isVolume ? from.id : chosen;
    const containerId = isVolume ? chosen : from.id;
    // the selection stays on the origin, whose inspector stays mounted: the focus goes back to the toggle
    const result = studio.dispatch({ type: 'connect', volumeId, containerId, destination, readOnly: readOnly || forcedReadOnly }, { label: 'Mount', keepSelection: true });
    if (!result.ok) return; // the notice says why; the prompt stays as typed
    store.getState().showNotice('info', `Mounted ${volumeName} at ${destination} in ${isVolume ? chosenOther?.name : from.name}.`);
    close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  const label = isVolume ? 'Mount into…' : 'Mount a volume…';
  if (others.length === 0) {
    return <p className="field-hint">{isVolume ? 'Add a named container to mount this volume into.' : 'Add a named volume to mount it here.'}</p>;
  }
  return (
    <div className="mount-prompt">
      <button ref={toggle} type="button" data-testid="mount-prompt" aria-expanded={open} aria-controls={`${id}-form`} disabled={disabled} onClick={() => (open ? close() : start())}>
        {label}
      </button>
      {open && (
        <form id={`${id}-form`} className="mount-prompt-form" aria-label={isVolume ? `Mount ${from.name} into a container` : `Mount a volume into ${from.name}`} onSubmit={submit} onKeyDown={onKeyDown}>
          <label htmlFor={`${id}-other`}>{isVolume ? 'Container' : 'Volume'}</label>
          <select
            id={`${id}-other`}
            data-testid="mount-prompt-target"
            className="field-input"
            value={chosen}
            autoFocus
            onChange={(e) => {
              setOtherId(e.target.value);
              if (!isVolume) setDestination(`/${others.find((o) => o.id === e.target.value)?.name ?? ''}`);
            }}
          >
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-dest`}>Destination in the container</label>
          <input id={`${id}-dest`} data-testid="mount-prompt-destination" className="field-input" value={destination} spellCheck={false} onChange={(e) => setDestination(e.target.value)} />
          <label className="mount-prompt-check">
            <input type="checkbox" data-testid="mount-prompt-readonly" checked={readOnly || forcedReadOnly} disabled={forcedReadOnly} onChange={(e) => setReadOnly(e.target.checked)} />
            Read-only{forcedReadOnly ? ' (the volume is read-only)' : ''}
          </label>
          <div className="mount-prompt-actions">
            <button type="submit" data-testid="mount-prompt-submit">
              Mount
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
