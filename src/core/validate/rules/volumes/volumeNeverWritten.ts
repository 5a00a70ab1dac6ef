import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import { otherFile, soloScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { volumeName } from '../../../model/names.ts';
import { volumeNameSpan } from './volumeNames.ts';

/**
 * Studio-only warning: LinuxKit builds this. A blank volume (no image) starts empty (moby/build/build.go
 * Build, moby/build/image.go ImageTar with no reference); if every container mounts it read-only it
 * stays empty.
 */
export const volumeNeverWritten: Rule = ({ text, model }, scope = soloScope()) => {
  const out: Diagnostic[] = [];
  for (const v of model.volumes) {
    const name = volumeName(v);
    if (name === undefined || v.image) continue;
    const mounts = model.names.mountsOfVolume.get(name) ?? [];
    if (mounts.length === 0 || !mounts.every((m) => m.readOnly)) continue;
    const advice = v.readonly
      ? 'give it an `image:`, or drop `readonly: true` and mount it read-write in the container that should fill it.'
      : 'mount it read-write in the container that should fill it, or give it an `image:`.';
    const why = v.readonly ? 'is `readonly: true`' : 'is mounted read-only by every container';
    const fixes: QuickFix[] = v.readonly
      ? []
      : [
          {
            title: `Mount read-write in \`${mounts[0].containerName}\``,
            command: { type: 'setMountReadOnly', mountId: mounts[0].id, readOnly: false },
            ...otherFile(scope, scope.fileOf(mounts[0])),
          },
        ];
    out.push(
      diagnostic(
        'volume-never-written',
        `Volume \`${name}\` has no \`image:\` and ${why}, so it is always empty; ${advice}`,
        volumeNameSpan(text, v),
        { target: v.id, fixes },
      ),
    );
  }
  return out;
};
