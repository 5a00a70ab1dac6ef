import type { MountModel } from '../../core/model/types.ts';
import { useStudioStore } from '../state/StudioContext.tsx';

/** The container's mounts, each a button that selects the mount to edit it. */
export function MountLinks({ mounts }: { mounts: readonly MountModel[] }) {
  const store = useStudioStore();
  if (mounts.length === 0) return null;
  return (
    <section className="mount-links" aria-label="Mounts">
      <h3>Mounts</h3>
      <ul>
        {mounts.map((m) => (
          <li key={m.id}>
            <button type="button" className="link-button" onClick={() => store.getState().setSelection([m.id])}>
              <span className="mono">{m.source || m.type}</span> → <span className="mono">{m.destination || '?'}</span>
              <span className="muted">
                {' '}
                {m.readOnly ? 'ro' : 'rw'} · {m.form}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
