import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { ownVolumes } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { proposeVolumeName, volumeName } from '../../../model/names.ts';
import { volumeNameSpan } from './volumeNames.ts';

/**
 * LinuxKit rejects two volumes of one file with one name ("duplicate volume name"), including two
 * without a name (moby/config.go uniqueVolumes, run by NewConfig for each file).
 */
export const duplicateVolumeName: Rule = ({ text, model }, scope) => {
  const out: Diagnostic[] = [];
  const volumes = ownVolumes(model, scope);
  const taken = new Set(volumes.keys()); // grows with each proposal
  for (const v of model.volumes) {
    const name = volumeName(v);
    // the index keeps the first volume of each name: any other one is a duplicate
    if (name === undefined || volumes.get(name) === v) continue;
    const newName = proposeVolumeName(name, taken);
    taken.add(newName);
    const shown = name === '' ? 'Another volume above also has no name' : `Another volume above is already named \`${name}\``;
    out.push(
      diagnostic('duplicate-volume-name', `${shown}; volume names must be unique. Rename this one (e.g. \`${newName}\`) or remove it.`, volumeNameSpan(text, v), {
        target: v.id,
        fixes: [
          { title: `Rename to \`${newName}\``, command: { type: 'renameVolume', volumeId: v.id, newName } },
          { title: 'Remove this volume', command: { type: 'removeVolume', volumeId: v.id } },
        ],
      }),
    );
  }
  return out;
};
