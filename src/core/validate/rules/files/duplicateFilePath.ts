import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { FileModel } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';

/** Build's `filesystem` strips a leading `/`, so `/etc/x` and `etc/x` are one path (moby/build/build.go filesystem). */
export function imagePath(path: string): string {
  return path.startsWith('/') ? path.slice(1) : path;
}

/**
 * Studio-only warning: LinuxKit builds this. `filesystem` writes one tar entry per files entry and
 * checks nothing for repeats, so a second entry with the same path silently replaces the first in
 * the image (moby/build/build.go filesystem).
 */
export const duplicateFilePath: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  const first = new Map<string, FileModel>();
  for (const f of model.files) {
    if (!f.path) continue;
    const key = imagePath(f.path);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, f);
      continue;
    }
    out.push(
      diagnostic(
        'duplicate-file-path',
        `\`${f.path}\` is already written by files entry #${earlier.index + 1}; LinuxKit writes both and this later one replaces it in the image. Merge them into one entry or change a path.`,
        f.fields.path.valueSpan,
        { fixes: [{ title: 'Remove this entry', command: { type: 'removeListEntry', path: ['files', f.index] } }] },
      ),
    );
  }
  return out;
};
