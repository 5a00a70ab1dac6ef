import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { unknownVolumeFixes } from '../../../fixes/volumeFixes.ts';
import type { Rule } from '../../types.ts';
import { mountFieldNotString, mountSourceSpan } from './mountSpans.ts';
import { closestNames } from '../../../model/names.ts';

/**
 * A bind / binds.add source, or a `type: bind` mount source, that does not start with `/`
 * names a volume; LinuxKit fails when no volume has that name (build/volume.go).
 */
export const unknownVolume: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  const byName = model.names.volumes;
  for (const c of model.containers) {
    for (const m of c.mounts) {
      if (m.sourceKind !== 'volume' || m.volume === undefined || byName.has(m.volume)) continue;
      if (mountFieldNotString(c, m, 'source')) continue; // a wrong-type error already
      const where = m.form === 'mounts' ? 'this bind mount' : `this \`${m.form}\` entry`;
      const near = closestNames(m.volume, byName.keys());
      const message =
        m.volume === ''
          ? `${where[0].toUpperCase()}${where.slice(1)} has no source; give a volume name or an absolute host path (starting with \`/\`).`
          : `Volume \`${m.volume}\` used by ${where} is not defined in \`volumes:\`; add it there` +
            (near.length > 0 ? ` or use one of: ${near.join(', ')}.` : ', or use an absolute host path (starting with `/`).');
      out.push(diagnostic('unknown-volume', message, mountSourceSpan(text, c, m), { target: m.id, fixes: unknownVolumeFixes(model, m) }));
    }
  }
  return out;
};
