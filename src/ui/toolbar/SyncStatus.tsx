import { useShownView } from '../state/useShownView.ts';

/** `ok` while graph and text agree; `stale` while the text does not parse; `data-pending` while a large text is analysed. */
export function SyncStatus() {
  const { stale, pending, diagnostics, lineIndex } = useShownView();
  const firstError = diagnostics.find((d) => d.code === 'yaml-syntax' || d.code === 'resource-limit');
  const where = firstError ? lineIndex.position(firstError.span.start) : null;
  const label = pending ? 'Updating…' : stale ? `Paused: YAML error, line ${where?.line ?? '?'}` : 'In sync';
  return (
    <span
      className={`sync-status ${stale ? 'is-stale' : 'is-ok'}${pending ? ' is-pending' : ''}`}
      data-testid="sync-status"
      data-state={stale ? 'stale' : 'ok'}
      data-pending={pending ? 'true' : undefined}
      role="status"
      title={pending ? 'A large config is analysed in the background; the graph shows the last result.' : firstError ? `The graph is paused at the last version that parsed. Line ${where?.line ?? '?'}: ${firstError.message}` : 'The graph shows the YAML text'}
    >
      {label}
    </span>
  );
}
