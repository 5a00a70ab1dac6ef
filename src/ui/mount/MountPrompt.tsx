import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ConfigModel, ContainerModel, VolumeModel } from '../../core/model/types.ts';
import { useStudioObject } from '../state/StudioContext.tsx';
import './mountPrompt.css';

interface Props {
  model: ConfigModel;
  /** The element the prompt starts from: a volume ("Mount into…") or a container ("Mount a volume…"). */
  from: { volume: VolumeModel } | { container: ContainerModel };
  disabled: boolean;
}

/**
 * The keyboard's way to draw a mount edge: pick the other end, type the destination, tick
 * read-only, and the core `connect` command writes the bind. The selection stays on the element
 * the prompt started from, so several mounts can be made in a row.
 */
export function MountPrompt({ model, from, disabled }: Props) {
  const studio = useStudioObject();
  const { store } = studio;
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const isVolume = 'volume' in from;
  const others = isVolume ? model.containers.filter((c) => c.name) : model.volumes.filter((v) => v.name);
  const [otherId, setOtherId] = useState('');
  const [destination, setDestination] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  const chosen = otherId || others[0]?.id || '';
  const volume = isVolume ? from.volume : model.volumes.find((v) => v.id === chosen);
  const forcedReadOnly = volume?.readonly === true;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const start = () => {
    setOtherId('');
    setDestination(isVolume ? `/${from.volume.name}` : `/${others[0]?.name ?? ''}`);
    setReadOnly(false);
    setOpen(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const volumeId = isVolume ? from.volume.id : chosen;
    const containerId = isVolume ? chosen : from.container.id;
    // the selection stays on the origin, whose inspector stays mounted: the focus goes back to the toggle
    const result = studio.dispatch({ type: 'connect', volumeId, containerId, destination, readOnly: readOnly || forcedReadOnly }, { label: 'Mount', keepSelection: true });
    if (!result.ok) return; // the notice says why; the prompt stays as typed
    store.getState().showNotice('info', `Mounted ${volume?.name} at ${destination} in ${isVolume ? nameOf(model, chosen) : from.container.name}.`);
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
        <form id={`${id}-form`} className="mount-prompt-form" aria-label={isVolume ? `Mount ${from.volume.name} into a container` : `Mount a volume into ${from.container.name}`} onSubmit={submit} onKeyDown={onKeyDown}>
          <label htmlFor={`${id}-other`}>{isVolume ? 'Container' : 'Volume'}</label>
          <select
            id={`${id}-other`}
            data-testid="mount-prompt-target"
            className="field-input"
            value={chosen}
            autoFocus
            onChange={(e) => {
              setOtherId(e.target.value);
              if (!isVolume) setDestination(`/${nameOf(model, e.target.value)}`);
            }}
          >
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {'section' in o ? `${o.name} (${o.section})` : o.name}
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

function nameOf(model: ConfigModel, id: string): string {
  return model.containers.find((c) => c.id === id)?.name ?? model.volumes.find((v) => v.id === id)?.name ?? '';
}
