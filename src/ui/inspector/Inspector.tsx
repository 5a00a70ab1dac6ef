import { useStudio } from '../state/StudioContext.tsx';
import { useGraphView } from '../state/useGraphView.ts';

/** Shows and edits the selected container, volume or mount. */
export function Inspector() {
  const selection = useStudio((s) => s.selection);
  const { analysis } = useGraphView();
  const id = selection.length === 1 ? selection[0] : null;
  const model = analysis.parsed.model;
  const container = id ? model.containers.find((c) => c.id === id) : undefined;
  const volume = id ? model.volumes.find((v) => v.id === id) : undefined;
  const mount = id ? model.mounts.find((m) => m.id === id) : undefined;
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector">
      {selection.length === 0 && <p className="muted">Select a container, volume or mount to edit it.</p>}
      {selection.length > 1 && <p className="muted">{selection.length} elements selected. Press Delete to remove them.</p>}
      {container && <h2>{container.name}</h2>}
      {volume && <h2>{volume.name}</h2>}
      {mount && <h2>{mount.destination}</h2>}
    </aside>
  );
}
