import type { Diagnostic } from '../diagnostics/types.ts';
import { optionsReadOnly } from '../model/mounts.ts';
import type { ConfigModel, FileModel } from '../model/types.ts';
import { runtimeMountsOf } from '../runtime/containerRuntime.ts';
import { countDiagnostics, toElementDiagnostics } from './diagnosticsByElement.ts';
import { fileBindEdgeId, type FileBindEdge, type FileKind, type FileNode, type FileReader } from './types.ts';

/** The path in the root filesystem: build.go `filesystem` strips one leading `/` (tar paths are relative). */
export function fileHostPath(path: string): string {
  return path === '' ? '' : `/${path.startsWith('/') ? path.slice(1) : path}`;
}

/** A bind source without trailing slashes (`/etc/` binds `/etc`); the root stays `/`. */
function bindDir(source: string): string {
  const trimmed = source.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Where `hostPath` appears inside the container when `source` is bound at `destination`, or null when the bind does not hold it. */
function seenAt(hostPath: string, source: string, destination: string): string | null {
  const dir = bindDir(source);
  if (hostPath === dir) return destination;
  const prefix = dir === '/' ? '/' : `${dir}/`;
  if (!hostPath.startsWith(prefix)) return null;
  return `${destination.replace(/\/+$/, '')}/${hostPath.slice(prefix.length)}`;
}

/**
 * One edge per file and container that binds its path or a folder above it: from the runtime
 * mounts (ConfigToOCI's merge of the label and the config), so `binds`, `binds.add`, bind `mounts` and the package's default binds all count
 * (the innermost bind wins when several hold the file). Files are written into the root
 * filesystem at build time; containers see them only through such binds.
 */
export function fileBindEdges(model: ConfigModel): FileBindEdge[] {
  const files = model.files.filter((f) => f.path);
  if (files.length === 0) return [];
  const edges: FileBindEdge[] = [];
  for (const container of model.containers) {
    // a container without a host bind of its own or from its package cannot see any file
    const label = container.packageDefaults?.config;
    if (!label?.binds?.length && !label?.mounts?.length && !container.mounts.some((m) => m.sourceKind === 'host')) continue;
    const binds = runtimeMountsOf(container).filter((m) => m.type === 'bind' && m.volume === undefined && m.source.startsWith('/'));
    for (const f of files) {
      const hostPath = fileHostPath(f.path ?? '');
      let best: { source: string; destination: string; readOnly: boolean; origin: FileBindEdge['data']['origin'] } | null = null;
      for (const m of binds) {
        const destination = seenAt(hostPath, m.source, m.destination);
        if (destination === null || (best && bindDir(best.source).length >= bindDir(m.source).length)) continue;
        best = { source: m.source, destination, readOnly: optionsReadOnly(m.options), origin: m.origin };
      }
      if (!best) continue;
      edges.push({
        id: fileBindEdgeId(f.id, container.id),
        type: 'file-bind',
        source: f.id,
        target: container.id,
        data: { bindSource: best.source, destination: best.destination, readOnly: best.readOnly, origin: best.origin },
      });
    }
  }
  return edges;
}

/** What the entry writes, in the order build.go `filesystem` checks it. */
function fileKind(f: FileModel): FileKind | null {
  const str = (k: string) => (typeof f.fields[k]?.value === 'string' ? (f.fields[k].value as string) : '');
  if (f.fields.directory?.value === true) return 'directory';
  if (str('symlink') !== '') return 'symlink';
  if (typeof f.fields.contents?.value === 'string') return 'contents';
  if (str('source') !== '') return 'source';
  if (str('metadata') !== '') return 'metadata';
  return null;
}

const DETAIL_KEY: Partial<Record<FileKind, string>> = { symlink: 'symlink', source: 'source', metadata: 'metadata' };

export function fileNode(
  f: FileModel,
  edges: readonly FileBindEdge[],
  names: ReadonlyMap<string, string>,
  diagnostics: readonly Diagnostic[],
): FileNode {
  const kind = fileKind(f);
  const value = f.fields.mode?.value;
  // an unquoted `mode: 0600` is the number 600 (wrong-type says so): shown as LinuxKit reads it
  const written = typeof value === 'number' ? String(value) : value;
  const detailKey = kind ? DETAIL_KEY[kind] : undefined;
  const readers = edges
    .filter((e) => e.source === f.id)
    .map((e): FileReader => ({
      containerId: e.target,
      containerName: names.get(e.target) ?? '',
      destination: e.data.destination,
      readOnly: e.data.readOnly,
    }));
  return {
    id: f.id,
    type: 'file',
    data: {
      path: f.path ?? '',
      hostPath: fileHostPath(f.path ?? ''),
      kind,
      // build.go: 0600, or 0700 for a directory, unless a mode is given
      mode: typeof written === 'string' && written !== '' ? written : kind === 'directory' ? '0700' : '0600',
      modeDefault: !(typeof written === 'string' && written !== ''),
      detail: detailKey ? String(f.fields[detailKey]?.value) : null,
      optional: f.fields.optional?.value === true,
      readers,
      diagnostics: toElementDiagnostics(diagnostics),
      counts: countDiagnostics(diagnostics),
    },
  };
}
