import { diagnostic } from '../../../diagnostics/make.ts';
import type { Rule } from '../../types.ts';

/**
 * Studio-only warning: LinuxKit builds this. NewConfig decodes one document (`dec.Decode`, then
 * `yaml.Unmarshal`): everything after the next `---` is never read (moby/config.go NewConfig).
 */
export const extraDocument: Rule = ({ extraDocument: at }) =>
  at
    ? [
        diagnostic(
          'extra-document',
          'This starts a second YAML document; LinuxKit reads only the first one and silently ignores the rest. Move these settings into the first document (remove the `---`), or into a file of their own and pass both to `linuxkit build`.',
          at,
        ),
      ]
    : [];
