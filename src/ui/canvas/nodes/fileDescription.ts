import type { FileNodeData } from '../../../core/graph/types.ts';

const KIND_LABEL = {
  contents: 'contents written in the config',
  source: 'copied from a file on the build machine',
  directory: 'a directory',
  symlink: 'a symbolic link',
  metadata: 'the config itself, as metadata',
} as const;

/** The last part of a host path (`authorized_keys` of `/root/.ssh/authorized_keys`). */
export function fileName(hostPath: string): string {
  const parts = hostPath.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '/';
}

/** The folder of a host path, with its trailing slash (`/root/.ssh/`). */
export function folderOf(hostPath: string): string {
  const trimmed = hostPath.replace(/\/+$/, '');
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1) || '/';
}

/** The entry's kind in a word or two, for the node's subtitle. */
export function fileKindLabel(data: FileNodeData): string {
  return data.kind ?? 'nothing to write';
}

/**
 * What the node says to a screen reader and in its tooltip: what the entry is, that the build
 * writes it into the root filesystem, and who reads it through a host bind.
 */
export function fileDescription(data: FileNodeData): string {
  const what = data.kind ? KIND_LABEL[data.kind] : 'nothing to write yet';
  const mode = `mode ${data.mode}${data.modeDefault ? ' (LinuxKit’s default)' : ''}`;
  const head = `file ${data.hostPath || '(no path)'}: ${what}${data.detail !== null ? ` (${data.detail})` : ''}, ${mode}${data.optional ? ', optional' : ''}.`;
  const written = 'Written into the root filesystem at build time; containers see it only through a host bind of its path or a folder above it.';
  const readers =
    data.readers.length === 0
      ? 'No container binds it.'
      : `Read by ${data.readers
          .map((r) => `${r.containerName || '(no name)'} at ${r.destination}${r.readOnly ? ' (read-only)' : ''}`)
          .join(', ')}.`;
  return `${head} ${written} ${readers}`;
}
