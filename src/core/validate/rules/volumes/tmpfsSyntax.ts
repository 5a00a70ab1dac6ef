import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';

/**
 * A tmpfs entry is `destination` or `destination:options`; LinuxKit rejects a second `:`
 * ("cannot parse tmpfs", moby/config.go ConfigToOCI).
 */
export const tmpfsSyntax: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    for (const t of c.tmpfsEntries) {
      const parts = t.parts.pieces;
      if (parts.length <= 2) continue;
      out.push(
        diagnostic(
          'tmpfs-syntax',
          `tmpfs entry \`${t.value}\` has ${parts.length - 1} \`:\`; write \`destination\` or \`destination:options\` with options joined by \`,\` (e.g. \`${parts[0]}:${parts.slice(1).filter(Boolean).join(',')}\`).`,
          t.span,
          { target: c.id },
        ),
      );
    }
  }
  return out;
};
