import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import type { QuickFix } from '../../../diagnostics/types.ts';
import { dockerVolumeUsers } from '../../../model/dockerVolumes.ts';
import { volumeName } from '../../../model/names.ts';
import { volumeNameSpan } from './volumeNames.ts';

/**
 * Studio-only warning: LinuxKit builds this (moby/build/build.go Build builds every volume, named
 * or not). A volume that no bind, binds.add entry or bind mount of any container names. When a
 * Docker-style `volumes:` list (which LinuxKit's schema rejects) names it, the user meant to mount
 * it: the fix converts that list instead of removing the volume (with its image or settings).
 */
export const unusedVolume: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  for (const v of model.volumes) {
    const name = volumeName(v);
    if (name === undefined || model.names.mountsOfVolume.has(name)) continue;
    const shown = name === '' ? 'this unnamed volume' : `volume \`${name}\``;
    const docker = name === '' ? [] : dockerVolumeUsers(model, name);
    if (docker.length > 0) {
      const who = docker.map((c) => `\`${c.name ?? c.id}\``).join(', ');
      const fixes: QuickFix[] = docker.map((c) => ({
        title: `Turn the \`volumes:\` of ${c.name ? `\`${c.name}\`` : 'the container'} into binds`,
        command: { type: 'convertVolumesToBinds', containerId: c.id },
      }));
      const message = `No container mounts ${shown}: ${who} lists it under Docker-style \`volumes:\`, which LinuxKit does not read; turn that list into \`binds\`.`;
      out.push(diagnostic('unused-volume', message, volumeNameSpan(text, v), { target: v.id, fixes }));
      continue;
    }
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
