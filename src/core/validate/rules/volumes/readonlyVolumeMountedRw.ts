import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { readOnlyVolumeFixes } from '../../../fixes/volumeFixes.ts';
import { otherFile, soloScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { bindPartSpan, mountFieldSpan, trimEnd } from './mountSpans.ts';

/**
 * LinuxKit refuses to mount a `readonly: true` volume writable (moby/build/volume.go
 * updateMountsAndBindsFromVolumes). For binds and binds.add it compares the third `:` part, whole,
 * with `ro`; for `type: bind` mounts the first of `ro`/`rw` in `options` decides. The volume is
 * the one the bind resolves to (Moby.VolByName): in a build of several files, the last file's
 * (moby/config.go AppendConfig).
 */
export const readonlyVolumeMountedRw: Rule = ({ text, model }, scope = soloScope()) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    for (const m of c.mounts) {
      const volume = m.volumeModel;
      if (!volume?.readonly) continue;
      const optionField = m.bind?.optionField;
      if (m.form === 'mounts' ? m.readOnly : optionField === 'ro') continue;
      const name = `\`${m.volume}\``;
      let message: string;
      if (m.form === 'mounts') {
        message = `Volume ${name} is read-only (\`readonly: true\`), but this mount is read-write; put \`ro\` in its \`options\` (before any \`rw\`).`;
      } else if (optionField === undefined || optionField === '') {
        message = `Volume ${name} is read-only (\`readonly: true\`), but this bind mounts it read-write; end it with \`:ro\` (\`${m.source}:${m.destination}:ro\`).`;
      } else {
        message =
          `Volume ${name} is read-only (\`readonly: true\`); LinuxKit accepts a bind of it only when the option field is exactly \`ro\`, ` +
          `and \`${optionField}\` is not. Write \`${m.source}:${m.destination}:ro\`.`;
      }
      const span =
        m.form === 'mounts'
          ? (mountFieldSpan(c, m, 'options') ?? mountFieldSpan(c, m, 'source') ?? trimEnd(text, m.span))
          : optionField
            ? bindPartSpan(text, m, 2)
            : m.span;
      out.push(diagnostic('readonly-volume-mounted-rw', message, span, { target: m.id, fixes: readOnlyVolumeFixes(m, volume, otherFile(scope, scope.volumesFile)) }));
    }
  }
  return out;
};
