import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';

const LISTS = ['binds', 'capabilities'] as const;

/**
 * Studio-only warning: LinuxKit builds this. ConfigToOCI takes
 * `assignStrings(mergeStrings(label.X, yaml.XAdd), yaml.X)`: once `binds` (`capabilities`) is set,
 * even to `[]`, the `.add` list is dropped without a word (moby/config.go ConfigToOCI,
 * assignStrings, mergeStrings). A `binds.add` volume is still looked up, though
 * (moby/build/volume.go updateMountsAndBindsFromVolumes): see unknownVolume.
 */
export const ignoredAdd: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    for (const field of LISTS) {
      const base = c.fields[field];
      const add = c.fields[`${field}.add`];
      if (!base || !add || base.value === null || base.value === undefined || !Array.isArray(add.value)) continue;
      out.push(
        diagnostic(
          'ignored-add',
          `LinuxKit ignores \`${field}.add\` here: \`${field}:\` is set, and it replaces the image's ${field} and the \`.add\` list alike. Put these entries into \`${field}:\` (or drop \`${field}:\` to add to the image's defaults).`,
          add.keySpan,
          {
            target: c.id,
            fixes: [{ title: `Merge into \`${field}:\``, command: { type: 'mergeAddList', containerId: c.id, field } }],
          },
        ),
      );
    }
  }
  return out;
};
