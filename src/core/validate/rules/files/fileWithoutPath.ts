import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Rule } from '../../types.ts';
import { trimEnd } from '../volumes/mountSpans.ts';

/** "did not specify path for file" for an absent or empty `path` (moby/build/build.go filesystem). */
export const fileWithoutPath: Rule = ({ text, model }) => {
  const out: Diagnostic[] = [];
  for (const f of model.files) {
    if (!f.node) continue; // not a mapping: the schema check reports it
    const path = f.fields.path;
    if (path && path.value !== '' && path.value !== null) continue;
    out.push(
      diagnostic(
        'file-without-path',
        '`linuxkit build` stops at this files entry ("did not specify path for file"): give it a `path:` inside the image, e.g. `path: etc/motd`.',
        path ? { start: path.keySpan.start, end: path.valueSpan.end } : trimEnd(text, f.span),
      ),
    );
  }
  return out;
};
