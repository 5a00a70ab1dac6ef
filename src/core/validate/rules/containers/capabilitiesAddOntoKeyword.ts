import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';

/*
 * ConfigToOCI merges the image label's capabilities with `capabilities.add` (mergeStrings) and
 * expands `all`/`none` only when the merged list has one entry. A package whose label says `all`
 * (linuxkit/sshd, ...) plus any added entry leaves `all` as a name, and LinuxKit fails with
 * "unknown capability: all". Known only for LinuxKit's packages (src/core/packages).
 * (moby/config.go ConfigToOCI, mergeStrings)
 */
export const capabilitiesAddOntoKeyword: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    const add = c.fields['capabilities.add'];
    const label = c.packageDefaults?.config.capabilities;
    if (!add || !label || label.length !== 1 || c.fields.capabilities) continue;
    if (!Array.isArray(add.value) || add.value.length === 0) continue;
    const keyword = label[0];
    if (!['all', 'none'].includes(keyword.toLowerCase())) continue;
    const image = c.packageDefaults?.image ?? '';
    const fixes: QuickFix[] =
      keyword.toLowerCase() === 'all'
        ? [{ title: 'Remove `capabilities.add` (the image grants all already)', command: { type: 'removeKey', path: [c.section, c.index, 'capabilities.add'] } }]
        : [];
    const instead =
      keyword.toLowerCase() === 'all'
        ? `\`${image}\` already grants every capability, so remove \`capabilities.add\`; or list the ones you want under \`capabilities:\`.`
        : `write the capabilities you want under \`capabilities:\` instead.`;
    out.push(
      diagnostic(
        'unknown-capability',
        `The image \`${image}\` sets its capabilities to \`${keyword}\`; \`capabilities.add\` is merged with that, so \`${keyword}\` is no longer the only entry and LinuxKit fails ("unknown capability: ${keyword}"). ${instead[0].toUpperCase()}${instead.slice(1)}`,
        add.keySpan,
        { target: c.id, fixes },
      ),
    );
  }
  return out;
};
