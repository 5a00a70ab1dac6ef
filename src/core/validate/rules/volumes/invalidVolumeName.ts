import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { ownVolumes } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { proposeVolumeName, VOLUME_NAME_RE, volumeName } from '../../../model/names.ts';
import { volumeNameSpan } from './volumeNames.ts';

/** LinuxKit names a volume's directory after it (volumeBaseDir), and allows only `^[a-z0-9_-]*$` (moby/config.go uniqueVolumes, nameRE). */
export const invalidVolumeName: Rule = ({ text, model }, scope) => {
  const out: Diagnostic[] = [];
  const volumes = ownVolumes(model, scope);
  const taken = new Set(volumes.keys()); // grows with each proposal
  for (const v of model.volumes) {
    const name = volumeName(v);
    if (name === undefined || VOLUME_NAME_RE.test(name)) continue;
    const newName = proposeVolumeName(name, taken);
    taken.add(newName);
    out.push(
      diagnostic(
        'invalid-volume-name',
        `Volume name \`${name}\` may hold only lowercase letters, digits, \`_\` and \`-\`; rename it, e.g. to \`${newName}\`.`,
        volumeNameSpan(text, v),
        { target: v.id, fixes: [{ title: `Rename to \`${newName}\``, command: { type: 'renameVolume', volumeId: v.id, newName } }] },
      ),
    );
  }
  return out;
};
