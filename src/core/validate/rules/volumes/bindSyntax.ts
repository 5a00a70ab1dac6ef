import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import { effectiveBinds } from './effectiveBinds.ts';

/**
 * LinuxKit splits a bind on every `:` and needs `source:destination` or
 * `source:destination:options` ("cannot parse bind", moby/config.go ConfigToOCI).
 */
export const bindSyntax: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    // binds.add is not parsed when binds is set (moby/config.go ConfigToOCI), so only the effective list can fail
    for (const m of effectiveBinds(c)) {
      const parts = m.bind?.parts ?? 0;
      if (parts >= 2 && parts <= 3) continue;
      const raw = m.raw ?? '';
      const example = raw === '' ? '/host/path:/container/path' : raw.startsWith('/') ? `${raw}:${raw}` : `${raw}:/${raw}`;
      const message =
        parts < 2
          ? `Bind \`${raw}\` has no \`:\`; write \`source:destination\` (or \`source:destination:options\`), e.g. \`${example}\`.`
          : `Bind \`${raw}\` has ${parts - 1} \`:\`; LinuxKit splits on every \`:\` and allows at most \`source:destination:options\` (join options with \`,\`).`;
      out.push(diagnostic('bind-syntax', message, m.span, { target: m.id }));
    }
  }
  return out;
};
