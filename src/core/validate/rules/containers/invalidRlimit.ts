import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import { listItems, replaceEntry } from './listItems.ts';
import { rlimitProblem } from './rlimitProblem.ts';

/** Each `rlimits` entry must be `name,soft,hard` as ConfigToOCI parses it (moby/config.go ConfigToOCI; see rlimitProblem). */
export const invalidRlimit: Rule = ({ model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    const field = c.fields.rlimits;
    for (const item of listItems(field)) {
      if (typeof item.value !== 'string') continue;
      const problem = rlimitProblem(item.value);
      if (!problem) continue;
      const fixes =
        problem.replacement === undefined
          ? []
          : [
              {
                title: `Replace with \`${problem.replacement}\``,
                command: {
                  type: 'setContainerField' as const,
                  containerId: c.id,
                  field: 'rlimits',
                  value: replaceEntry(field, item.index, problem.replacement),
                },
              },
            ];
      out.push(diagnostic('invalid-rlimit', problem.message, item.span, { target: c.id, fixes }));
    }
  }
  return out;
};
