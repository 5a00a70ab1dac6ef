import { useGraphView } from '../state/useGraphView.ts';

/** `ok` while graph and text agree; `stale` while the text does not parse. */
export function SyncStatus() {
  const { stale, analysis } = useGraphView();
  const firstError = analysis.diagnostics.find((d) => d.code === 'yaml-syntax' || d.code === 'resource-limit');
  const where = firstError ? analysis.lineIndex.position(firstError.span.start) : null;
  return (
    <span
      className={`sync-status ${stale ? 'is-stale' : 'is-ok'}`}
      data-testid="sync-status"
      data-state={stale ? 'stale' : 'ok'}
      role="status"
      title={firstError ? firstError.message : 'The graph shows the YAML text'}
    >
      {stale ? `Graph paused: YAML error at line ${where?.line ?? '?'}` : 'In sync'}
    </span>
  );
}
