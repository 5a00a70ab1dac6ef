import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import type { ContainerModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import type { Rule } from '../../types.ts';
import { closestMatch } from '../../../model/names.ts';
import { replaceEntry } from './listItems.ts';

/*
 * As IDNumeric decides (moby/config.go IDNumeric, called by ConfigToOCI; read from the resolved
 * model): a YAML number is used as is; a string must be empty, `root`, or the name of a container
 * (moby/build/build.go Build numbers them from 100 in `idMap`). A quoted number is a string, so
 * `"1000"` is looked up as a name and fails. Files' uid/gid go through the same lookup
 * (moby/build/build.go filesystem).
 */
export const unknownId: Rule = ({ model }) => {
  const names = [...model.names.containers.keys()];
  const out: Diagnostic[] = [];
  for (const c of model.containers) {
    for (const ref of c.ids) {
      if (ref.resolution.kind !== 'unknown') continue;
      const groups = c.fields.additionalGids;
      const fix = (v: string | number) =>
        ref.key === 'additionalGids' && ref.index !== undefined
          ? setField(c, 'additionalGids', replaceEntry(groups, ref.index, v))
          : setField(c, ref.key, v);
      out.push(idDiagnostic(ref.key, ref.resolution.name, ref.span, names, { target: c.id, fix }));
    }
  }
  for (const file of model.files) {
    for (const ref of file.ids) {
      if (ref.resolution.kind === 'unknown') out.push(idDiagnostic(ref.key, ref.resolution.name, ref.span, names));
    }
  }
  return out;
};

/** The container whose field holds the id: the diagnostic's target and the command that corrects the value. */
interface IdOwner {
  target: string;
  fix: (value: string | number) => QuickFix['command'];
}

function setField(c: ContainerModel, field: string, value: unknown): QuickFix['command'] {
  return { type: 'setContainerField', containerId: c.id, field, value };
}

function idDiagnostic(
  key: string,
  value: string,
  span: Span,
  names: readonly string[],
  owner?: IdOwner,
): Diagnostic {
  const target = owner?.target;
  const fix = owner?.fix;
  if (/^[0-9]+$/.test(value)) {
    const n = Number(value);
    return diagnostic(
      'unknown-id',
      `\`${key}\` \`"${value}"\` is a quoted number, so LinuxKit looks it up as a container name and fails; write it unquoted: \`${n}\`.`,
      span,
      { target, fixes: fix ? [{ title: `Write ${n} unquoted`, command: fix(n) }] : [] },
    );
  }
  const suggestion = closestMatch(value, ['root', ...names], Math.min(2, Math.floor(value.length / 3)));
  const known = names.length > 0 ? ` or a container name (${[...names].sort().join(', ')})` : '';
  const message = suggestion
    ? `No container is named \`${value}\`, so LinuxKit cannot resolve this \`${key}\`; did you mean \`${suggestion}\`?`
    : `No container is named \`${value}\`, so LinuxKit cannot resolve this \`${key}\`; use a number, \`root\`${known}.`;
  const fixes = suggestion && fix ? [{ title: `Use \`${suggestion}\``, command: fix(suggestion) }] : [];
  return diagnostic('unknown-id', message, span, { target, fixes });
}
