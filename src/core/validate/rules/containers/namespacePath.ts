import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';

/** The namespaces whose value moby/config.go ConfigToOCI takes as a path unless it is `host`, `root` or `new`. */
const PATH_NAMESPACES = ['ipc', 'uts', 'pid', 'userns'];

/**
 * Studio-only warning: LinuxKit builds this, and the container fails to start. ConfigToOCI maps
 * `net: none` to a new namespace, but for ipc, uts, pid and userns only `new` does that: `none`
 * becomes the path of a namespace file that does not exist (moby/config.go ConfigToOCI).
 */
export const namespacePath: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    for (const key of PATH_NAMESPACES) {
      const field = c.fields[key];
      if (field?.value !== 'none') continue;
      out.push(
        diagnostic(
          'namespace-path',
          `LinuxKit reads \`${key}: none\` as the path of a namespace file called \`none\`, which does not exist, so the container fails to start; only \`net\` knows \`none\`. Write \`${key}: new\` for a namespace of its own.`,
          field.valueSpan,
          {
            target: c.id,
            fixes: [{ title: `Write \`${key}: new\``, command: { type: 'setContainerField', containerId: c.id, field: key, value: 'new' } }],
          },
        ),
      );
    }
  }
  return out;
};
