import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import { mountFieldNotString, trimEnd } from './mountSpans.ts';

/**
 * LinuxKit infers a missing mount type only from the sources mqueue/devpts/proc/sysfs/cgroup
 * (and `/dev` as tmpfs), and a missing destination only from those types ("is missing type",
 * "is missing destination"; moby/config.go ConfigToOCI, defaultMountpoint).
 */
export const invalidMount: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    for (const m of c.mounts) {
      // a non-string type or destination is a wrong-type error; LinuxKit stops there
      if (m.form !== 'mounts' || ['type', 'source', 'destination'].some((k) => mountFieldNotString(c, m, k))) continue;
      let message: string | null = null;
      if (m.type === '') {
        message =
          `This mount has no \`type\` and LinuxKit cannot infer one${m.destination ? ` for \`${m.destination}\`` : ''}; ` +
          'add `type:` (e.g. `bind`, `tmpfs`, `proc`).';
      } else if (m.destination === '') {
        message = `This \`${m.type}\` mount has no \`destination\` and \`${m.type}\` has no default mount point; add \`destination:\`.`;
      }
      if (message) out.push(diagnostic('invalid-mount', message, trimEnd(text, m.span), { target: m.id }));
    }
  }
  return out;
};
