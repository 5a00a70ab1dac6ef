import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { Section } from '../../../model/types.ts';
import { soloScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { uniqueName } from './uniqueName.ts';

/*
 * LinuxKit accepts these: onboot/onshutdown containers live in containers/<section>/<NNN>-<name>
 * and services in containers/services/<name>, so their directories do not collide. But build.go
 * gives every container a uid/gid (100, 101, ... in onboot, onshutdown, services order) in a map
 * keyed by name, so a name used twice resolves to the last one only: the others cannot be named.
 * Two services with one name are an error instead (duplicateServiceName). In a build of several
 * files the earlier files' containers come first (AppendConfig appends each file's lists).
 */
export const duplicateContainerName: Rule = ({ model }, scope = soloScope(model)) => {
  const out: Diagnostic[] = [];
  const taken = new Set(scope.containerNames);
  const earlier = new Map<string, { section: Section; file: number }[]>();
  const note = (name: string, entry: { section: Section; file: number }) => {
    const before = earlier.get(name) ?? [];
    earlier.set(name, [...before, entry]);
    return before;
  };
  for (const { file, item } of scope.earlierContainers) {
    if (item.name !== undefined && item.name !== '') note(item.name, { section: item.section, file });
  }
  const inDocumentOrder = [...model.containers].sort((a, b) => a.span.start - b.span.start);
  for (const c of inDocumentOrder) {
    if (c.name === undefined || c.name === '') continue;
    const before = note(c.name, { section: c.section, file: scope.file });
    if (before.length === 0) continue;
    if (c.section === 'services' && before.some((b) => b.section === 'services')) continue;
    const other = before[before.length - 1];
    const inFile = other.file === scope.file ? '' : ` of \`${scope.fileNames[other.file]}\``;
    const where = other.section === c.section ? `Another \`${c.section}\` container${inFile}` : `A container in \`${other.section}\`${inFile}`;
    const newName = uniqueName(c.name, taken);
    out.push(
      diagnostic(
        'duplicate-container-name',
        `${where} is also named \`${c.name}\`. LinuxKit accepts this (each runs from its own directory), but a \`uid\`, \`gid\` or \`additionalGids\` of \`${c.name}\` names only the last container called \`${c.name}\` (in onboot, onshutdown, services order). Rename this one if anything should refer to it by name, e.g. to \`${newName}\`.`,
        c.fields.name.valueSpan,
        { target: c.id, fixes: [{ title: `Rename to \`${newName}\``, command: { type: 'renameContainer', containerId: c.id, newName } }] },
      ),
    );
  }
  return out;
};
