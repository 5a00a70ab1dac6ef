import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import { unknownVolumeFixes } from '../../../fixes/volumeFixes.ts';
import type { VolumeModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import { otherFile, soloScope, type BuildScope, type InFile } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { mountFieldNotString, mountSourceSpan } from './mountSpans.ts';
import { closestNames } from '../../../model/names.ts';

/**
 * A bind / binds.add source, or a `type: bind` mount source, that does not start with `/`
 * names a volume; LinuxKit fails when no volume has that name (moby/build/volume.go
 * updateMountsAndBindsFromVolumes, through Moby.VolByName). In a build of several files only the
 * last file's volumes can be named: AppendConfig replaces `vols` with the appended file's
 * (moby/config.go AppendConfig).
 */
export const unknownVolume: Rule = ({ text, model }, scope = soloScope()) => {
  const out: Diagnostic[] = [];
  const byName = model.names.volumes;
  for (const c of model.containers) {
    for (const m of c.mounts) {
      if (m.sourceKind !== 'volume' || m.volume === undefined || byName.has(m.volume)) continue;
      if (mountFieldNotString(c, m, 'source')) continue; // a wrong-type error already
      const where = m.form === 'mounts' ? 'this bind mount' : `this \`${m.form}\` entry`;
      const span = mountSourceSpan(text, c, m);
      const earlier = scope.earlierVolumes.get(m.volume);
      if (earlier) {
        out.push(declaredEarlier(m.volume, where, earlier, scope, span, m.id));
        continue;
      }
      const near = closestNames(m.volume, byName.keys());
      const message =
        m.volume === ''
          ? `${where[0].toUpperCase()}${where.slice(1)} has no source; give a volume name or an absolute host path (starting with \`/\`).`
          : `Volume \`${m.volume}\` used by ${where} is not defined in \`volumes:\`${inLastFile(scope)}; add it there` +
            (near.length > 0 ? ` or use one of: ${near.join(', ')}.` : ', or use an absolute host path (starting with `/`).');
      const fixes = unknownVolumeFixes(model, m, otherFile(scope, scope.volumesFile));
      out.push(diagnostic('unknown-volume', message, span, { target: m.id, fixes }));
    }
  }
  return out;
};

function inLastFile(scope: BuildScope): string {
  return scope.fileNames.length > 1 ? ` of \`${scope.fileNames[scope.volumesFile]}\` (the last file, the only one LinuxKit looks volumes up in)` : '';
}

/** The volume exists, but in an earlier file of the build, where LinuxKit does not look. */
function declaredEarlier(name: string, where: string, earlier: InFile<VolumeModel>, scope: BuildScope, span: Span, target: string): Diagnostic {
  const last = scope.fileNames[scope.volumesFile];
  const message =
    `Volume \`${name}\` is declared in \`${scope.fileNames[earlier.file]}\`, but LinuxKit looks volumes up in the last file ` +
    `of the build only (\`${last}\`), so \`linuxkit build\` fails at ${where} with \`volume ${name} not found\`; ` +
    `move the volume to \`${last}\` (or put that file last).`;
  const fields = Object.fromEntries(Object.entries(earlier.item.fields).map(([k, f]) => [k, f.value]));
  const move: QuickFix = {
    title: `Move volume \`${name}\` to \`${last}\``,
    command: { type: 'addVolume', kind: earlier.item.kind, name, fields },
    file: scope.volumesFile,
    also: [{ file: earlier.file, command: { type: 'removeVolume', volumeId: earlier.item.id, keepMounts: true } }],
  };
  return diagnostic('unknown-volume', message, span, { target, fixes: [move] });
}
