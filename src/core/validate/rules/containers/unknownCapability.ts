import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { ContainerModel, Field } from '../../../model/types.ts';
import type { Rule } from '../../types.ts';
import { closestMatch } from '../../../model/names.ts';
import { isKnownCapability, KNOWN_CAPABILITIES } from './knownCapabilities.ts';
import { listItems, replaceEntry } from './listItems.ts';

/*
 * As ConfigToOCI decides (moby/config.go ConfigToOCI, `capCheck` over getAllCapabilities): each
 * entry must be a known `CAP_*` name (case-sensitive), except that a list holding only `all` or
 * `none` (any case) means every capability or none.
 * `capabilities` replaces the image's list and makes `capabilities.add` ignored, so `capabilities.add`
 * is checked only without `capabilities`. It is merged with the image's own list (known for
 * LinuxKit's packages), so a lone `all` there is accepted only when the image grants none.
 */
export const unknownCapability: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    const replaced = Array.isArray(c.fields.capabilities?.value);
    for (const key of ['capabilities', 'capabilities.add', 'ambient']) {
      const field = c.fields[key];
      if (!field || (key === 'capabilities.add' && replaced)) continue;
      out.push(...checkList(c, field));
    }
  }
  return out;
};

function checkList(c: ContainerModel, field: Field): Diagnostic[] {
  const items = listItems(field);
  const out: Diagnostic[] = [];
  for (const item of items) {
    if (typeof item.value !== 'string' || isKnownCapability(item.value)) continue;
    const value = item.value;
    const keyword = value.toLowerCase();
    if (keyword === 'all' || keyword === 'none') {
      const imageCaps = field.key === 'capabilities.add' ? imageCapabilities(c) : 0;
      if (items.length === 1 && imageCaps === 0) continue;
      if (items.length === 1) {
        out.push(
          diagnostic(
            'unknown-capability',
            `\`capabilities.add\` is merged with the ${imageCaps} capabilities the image \`${c.image ?? ''}\` already grants, so \`${value}\` is no longer a single entry and LinuxKit rejects it; write \`capabilities: [${value}]\` instead.`,
            item.span,
            { target: c.id },
          ),
        );
        continue;
      }
      out.push(
        diagnostic(
          'unknown-capability',
          `\`${value}\` works only as the single entry of \`${field.key}\`; remove the other entries, or list capabilities by their \`CAP_*\` names instead.`,
          item.span,
          { target: c.id },
        ),
      );
      continue;
    }
    const suggestion = suggestCapability(value);
    const message = suggestion
      ? `\`${value}\` is not a Linux capability; LinuxKit needs the exact upper-case name: use \`${suggestion}\`.`
      : `\`${value}\` is not a Linux capability; use a \`CAP_*\` name such as \`CAP_NET_ADMIN\`, or a single \`all\` or \`none\`.`;
    const fixes = suggestion
      ? [
          {
            title: `Replace with \`${suggestion}\``,
            command: {
              type: 'setContainerField' as const,
              containerId: c.id,
              field: field.key,
              value: replaceEntry(field, item.index, suggestion),
            },
          },
        ]
      : [];
    out.push(diagnostic('unknown-capability', message, item.span, { target: c.id, fixes }));
  }
  return out;
}

/** How many capabilities the container's image sets in its LinuxKit label (0 when unknown). */
function imageCapabilities(c: ContainerModel): number {
  return c.packageDefaults?.config.capabilities?.length ?? 0;
}

/** The capability meant: same name in another case or without `CAP_`, else the nearest spelling. */
export function suggestCapability(value: string): string | undefined {
  const upper = value.trim().toUpperCase().replace(/[-\s]/g, '_');
  const prefixed = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
  if (isKnownCapability(prefixed)) return prefixed;
  // Short names allow fewer edits, so `CAP_X` suggests nothing rather than an unrelated capability.
  return closestMatch(prefixed, KNOWN_CAPABILITIES, Math.min(3, Math.floor(prefixed.length / 4)));
}
