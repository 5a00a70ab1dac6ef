import { useShownView } from '../state/useShownView.ts';

/** `ok` while graph and text agree; `stale` while the text does not parse; `data-pending` while a large text is analysed. */
export function SyncStatus() {
  const { stale, pending, files } = useShownView();
  const broken = files
    .map((file) => ({ file, error: file.diagnostics.find((d) => d.code === 'yaml-syntax' || d.code === 'resource-limit') }))
    .find((f) => f.error);
  const firstError = broken?.error;
  const where = broken && firstError ? { line: broken.file.lineIndex.position(firstError.span.start).line, file: files.length > 1 ? `${broken.file.name}, ` : '' } : null;
  const label = pending ? 'Updating…' : stale ? `Paused: YAML error, ${where?.file ?? ''}line ${where?.line ?? '?'}` : 'In sync';
  return (
    <span
      className={`sync-status ${stale ? 'is-stale' : 'is-ok'}${pending ? ' is-pending' : ''}`}
      data-testid="sync-status"
      data-state={stale ? 'stale' : 'ok'}
      data-pending={pending ? 'true' : undefined}
      role="status"
      title={pending ? 'A large config is analysed in the background; the graph shows the last result.' : firstError ? `The graph is paused at the last version that parsed. ${where?.file ?? ''}Line ${where?.line ?? '?'}: ${firstError.message}` : 'The graph shows the YAML text'}
    >
      {label}
    </span>
  );
}
