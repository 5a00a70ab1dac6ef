import { isSeq } from 'yaml';
import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { splitBind } from '../../../model/bindParts.ts';
import type { ContainerModel } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';

const SHOWN = 3;

/**
 * Studio-only warning: LinuxKit builds this. `binds:` replaces the image label's binds, while
 * `binds.add:` adds to them (moby/config.go ConfigToOCI, assignStrings, mergeStrings). For a known
 * LinuxKit package, warn about the default binds the container thereby loses.
 */
export const bindsReplaceImageDefaults: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    const binds = c.fields.binds;
    if (!binds || !isSeq(binds.node)) continue;
    const pkg = c.packageDefaults;
    const defaults = pkg?.config.binds ?? [];
    const lost = defaults.filter((b) => !keptByContainer(c, b));
    if (!pkg || lost.length === 0) continue;
    const paths = lost.slice(0, SHOWN).map((b) => `\`${splitBind(b).destination}\``);
    const more = lost.length > SHOWN ? `, and ${lost.length - SHOWN} more` : '';
    const noun = lost.length === 1 ? 'default bind' : 'default binds';
    out.push(
      diagnostic(
        'binds-replace-image-defaults',
        `\`binds:\` replaces the binds that ${pkg.image} brings, so this container loses ${lost.length} ${noun} (${paths.join(', ')}${more}). ` +
          'Use `binds.add:` to keep them and add yours.',
        binds.keySpan,
        { target: c.id, fixes: [{ title: useBindsAddTitle(c), command: { type: 'useBindsAdd', containerId: c.id } }] },
      ),
    );
  }
  return out;
};

function useBindsAddTitle(c: ContainerModel): string {
  return c.fields['binds.add'] ? 'Move these binds into `binds.add:`' : 'Change `binds:` to `binds.add:`';
}

/** A default bind still happens when the container writes the same bind or mounts that destination itself. */
function keptByContainer(c: ContainerModel, defaultBind: string): boolean {
  const destination = splitBind(defaultBind).destination;
  // binds.add does not count: LinuxKit ignores it once `binds:` is set
  return (
    c.mounts.some((m) => m.form !== 'binds.add' && (m.raw === defaultBind || m.destination === destination)) ||
    c.tmpfsEntries.some((t) => t.parts.destination === destination)
  );
}
