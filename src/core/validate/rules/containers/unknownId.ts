import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic, QuickFix } from '../../../diagnostics/types.ts';
import type { ContainerModel, Field } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import { resolveId } from '../../../model/idNumbers.ts';
import { soloScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { closestMatch } from './closestMatch.ts';
import { listItems, replaceEntry } from './listItems.ts';

/*
 * As IDNumeric decides (resolveId over build.go's idMap, idNumbers): a YAML number is used as is;
 * a string must be empty, `root`, or the name of a container of the build (build.go numbers them
 * from 100 up, by name, over the config AppendConfig merged from every file). A quoted number is a
 * string, so `"1000"` is looked up as a name and fails. Files' uid/gid go through the same lookup.
 */
export const unknownId: Rule = ({ model }, scope = soloScope(model)) => {
  const names = scope.containerNames;
  const out: Diagnostic[] = [];
  const check = (key: string, value: unknown, span: Span, owner?: IdOwner) => {
    if (typeof value !== 'string' || resolveId(value, scope.ids).kind !== 'unknown') return;
    out.push(idDiagnostic(key, value, span, names, owner));
  };
  for (const c of model.containers) {
    for (const key of ['uid', 'gid']) {
      const field = c.fields[key];
      if (field) check(key, field.value, field.valueSpan, { target: c.id, fix: (v) => setField(c, key, v) });
    }
    const groups = c.fields.additionalGids;
    for (const item of listItems(groups)) {
      check('additionalGids', item.value, item.span, {
        target: c.id,
        fix: (v) => setField(c, 'additionalGids', replaceEntry(groups, item.index, v)),
      });
    }
  }
  for (const file of model.files) {
    for (const key of ['uid', 'gid']) {
      const field: Field | undefined = file.fields[key];
      if (field) check(key, field.value, field.valueSpan);
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
  names: ReadonlySet<string>,
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
  const known = names.size > 0 ? ` or a container name (${[...names].sort().join(', ')})` : '';
  const message = suggestion
    ? `No container is named \`${value}\`, so LinuxKit cannot resolve this \`${key}\`; did you mean \`${suggestion}\`?`
    : `No container is named \`${value}\`, so LinuxKit cannot resolve this \`${key}\`; use a number, \`root\`${known}.`;
  const fixes = suggestion && fix ? [{ title: `Use \`${suggestion}\``, command: fix(suggestion) }] : [];
  return diagnostic('unknown-id', message, span, { target, fixes });
}
