import { fileBindEdges, fileNode } from '../../core/graph/fileNodes.ts';
import type { FileKind } from '../../core/graph/types.ts';
import type { ConfigModel, FileModel } from '../../core/model/types.ts';
import type { Explanation } from './explain.ts';

const WRITES: Record<FileKind, (detail: string | null) => string> = {
  contents: () => 'with the `contents:` written in the config',
  source: (d) => `with the contents of \`${d ?? '?'}\`, a file read on the machine that runs \`linuxkit build\``,
  directory: () => 'as an empty directory',
  symlink: (d) => `as a symbolic link to \`${d ?? '?'}\``,
  metadata: (d) => `with the config itself, as ${d ?? '?'}`,
};

/** Plain words for a `files:` entry: what the build writes, and which containers can read it (build.go `filesystem`). */
export function explainFile(model: ConfigModel, f: FileModel): Explanation {
  const names = new Map(model.containers.map((c) => [c.id, c.name ?? '']));
  const { data } = fileNode(f, fileBindEdges(model).filter((e) => e.source === f.id), names, []);
  const path = data.hostPath || '(no path)';
  const mode = `mode ${data.mode}${data.modeDefault ? ' (LinuxKit’s default)' : ''}`;
  const build = data.kind
    ? `LinuxKit writes \`${path}\` into the root filesystem of the image ${WRITES[data.kind](data.detail)}, ${mode}; folders above it that nothing else creates are made for it.${data.optional ? ' It is optional: a source that cannot be read is skipped.' : ''}`
    : `The entry has nothing to write, so \`linuxkit build\` stops here.`;
  const readers = data.readers.map((r) => `\`${r.containerName || '(no name)'}\` sees it at \`${r.destination}\`${r.readOnly ? ', read-only' : ''}.`);
  const who = readers.length
    ? `Containers do not share the root filesystem: they see the file only through a host bind of its path or of a folder above it. ${readers.join(' ')}`
    : 'No container binds this path or a folder above it, so only the system itself (init and its services outside containers) sees the file.';
  return {
    title: `File \`${path}\``,
    parts: [
      { heading: 'At build time', text: build },
      { heading: 'Who reads it', text: who },
    ],
  };
}
