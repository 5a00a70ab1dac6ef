import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import { imagePath } from './duplicateFilePath.ts';

/** The folders rc.init mounts a tmpfs onto at boot (pkg/init/cmd/rc.init/main.go doMounts; docs/yaml.md says the same). */
const TMPFS_DIRS = ['var', 'run', 'tmp'];

/**
 * Studio-only warning: LinuxKit builds this. A files entry under /var, /run or /tmp is written into
 * the image (moby/build/build.go filesystem), but at boot init mounts an empty tmpfs over those
 * folders (pkg/init/cmd/rc.init/main.go doMounts), so the file is never seen.
 */
export const fileHiddenAtBoot: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const f of model.files) {
    if (!f.path) continue;
    const path = imagePath(f.path);
    const dir = TMPFS_DIRS.find((d) => path === d || path.startsWith(`${d}/`));
    if (!dir) continue;
    const rest = path.slice(dir.length).replace(/^\//, '');
    const lead = f.path.startsWith('/') ? '/' : '';
    const moved = `${lead}etc/${rest === '' ? dir : rest}`;
    out.push(
      diagnostic(
        'file-hidden-at-boot',
        `LinuxKit writes \`${f.path}\` into the image, but at boot a tmpfs is mounted on \`/${dir}\` and hides it, so no container sees it. Put it elsewhere (e.g. \`${moved}\`) and bind it where it is needed, or create it at run time (an onboot container, or \`runtime.mkdir\`).`,
        f.fields.path.valueSpan,
        // an empty folder there is made again at run time by whoever needs it: moving it would only add a stray folder
        f.fields.directory?.value === true
          ? { fixes: [{ title: 'Remove this entry', command: { type: 'removeListEntry', path: ['files', f.index] } }] }
          : { fixes: [{ title: `Move to \`${moved}\``, command: { type: 'setScalar', path: ['files', f.index, 'path'], source: f.path, value: moved } }] },
      ),
    );
  }
  return out;
};
