import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import { volumeName } from '../../../model/names.ts';
import { volumeNameSpan } from './volumeNames.ts';

/** A volume that no bind, binds.add entry or bind mount of any container names. */
export const unusedVolume: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  for (const v of model.volumes) {
    const name = volumeName(v);
    if (name === undefined || model.names.mountsOfVolume.has(name)) continue;
    const shown = name === '' ? 'this unnamed volume' : `volume \`${name}\``;
    const example = name === '' ? 'name it, then mount it' : `mount it (e.g. \`binds.add: [${name}:/${name}]\`)`;
    out.push(
      diagnostic('unused-volume', `No container mounts ${shown}; ${example} or remove it.`, volumeNameSpan(text, v), {
        target: v.id,
        fixes: [{ title: 'Remove this volume', command: { type: 'removeVolume', volumeId: v.id } }],
      }),
    );
  }
  return out;
};
