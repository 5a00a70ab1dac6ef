import { isMap, isSeq } from 'yaml';
import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import type { Field } from '../../../model/types.ts';
import { nodeSpan, readFields } from '../../../model/yamlNodes.ts';
import { LIMITS } from '../../../parse/limits.ts';
import type { Span } from '../../../text/span.ts';
import type { Rule } from '../../types.ts';
import { trimEnd } from '../volumes/mountSpans.ts';
import { intendedOctal, parsesAsOctal } from './octalMode.ts';

/**
 * Modes LinuxKit parses with strconv.ParseInt(mode, 8, 32): a file's `mode` (empty means the default
 * 0600/0700; moby/build/build.go filesystem), and a device's, where only `path: all` (a whole device
 * class) needs none (moby/config.go ConfigToOCI). Non-string modes are wrong-type errors.
 */
export const invalidMode: Rule = ({ text, doc, model }) => {
  const out: Diagnostic[] = [];
  for (const f of model.files) {
    const mode = f.fields.mode;
    if (!mode || typeof mode.value !== 'string' || mode.value === '' || parsesAsOctal(mode.value)) continue;
    out.push(modeDiagnostic(`file \`${f.path ?? `#${f.index + 1}`}\``, mode, ['files', f.index, 'mode']));
  }
  if (!doc) return out;
  for (const c of model.containers) {
    const devices = c.fields.devices?.node;
    if (!isSeq(devices)) continue;
    devices.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const fields = readFields(doc, item, LIMITS.maxAliasCount);
      if (fields.path?.value === 'all') return;
      const where = `device \`${typeof fields.path?.value === 'string' ? fields.path.value : `#${index + 1}`}\``;
      const mode = fields.mode;
      if (mode && typeof mode.value !== 'string') return; // wrong-type already
      if (!mode || mode.value === '') {
        const span: Span = mode ? { start: mode.keySpan.start, end: mode.valueSpan.end } : trimEnd(text, nodeSpan(item) ?? c.span);
        out.push(
          diagnostic(
            'invalid-mode',
            `This ${where} has no \`mode\`, so LinuxKit cannot create it ("cannot parse device mode as octal value"); add one, e.g. \`mode: "0600"\`.`,
            span,
            { target: c.id },
          ),
        );
        return;
      }
      if (parsesAsOctal(mode.value as string)) return;
      out.push(modeDiagnostic(where, mode, [c.section, c.index, 'devices', index, 'mode'], c.id));
    });
  }
  return out;
};

function modeDiagnostic(where: string, mode: Field, path: (string | number)[], target?: string): Diagnostic {
  const value = mode.value as string;
  const meant = intendedOctal(value);
  const fixes: QuickFix[] = meant ? [{ title: `Write "${meant}"`, command: { type: 'setScalar', path, source: value, value: meant } }] : [];
  const instead = meant ? `write \`"${meant}"\`` : 'write octal digits only, quoted, e.g. `"0644"`';
  return diagnostic(
    'invalid-mode',
    `The mode \`${value}\` of this ${where} is not an octal number as LinuxKit reads it (digits 0-7, no \`0o\` prefix, no \`rwx\` letters), so \`linuxkit build\` stops; ${instead}.`,
    mode.valueSpan,
    target === undefined ? { fixes } : { target, fixes },
  );
}
