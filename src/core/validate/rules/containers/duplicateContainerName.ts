import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import type { ContainerModel } from '../../../model/types.ts';
import { soloScope, type BuildScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { uniqueName } from './uniqueName.ts';

/*
 * Studio-only warning: LinuxKit builds this. Onboot/onshutdown containers live in
 * containers/<section>/<NNN>-<name> and services in containers/services/<name>
 * (moby/build/build.go outputImage), so their directories do not collide. But Build gives every
 * container a uid/gid (100, 101, ... in onboot, onshutdown, services order) in an `idMap` keyed
 * by name, so a name used twice resolves to the last one only: the others cannot be named
 * (moby/build/build.go Build). Two services with one name are an error instead
 * (duplicateServiceName). In a build of several files the names are the build's, and the earlier
 * files' containers come first (moby/config.go AppendConfig).
 */
export const duplicateContainerName: Rule = ({ model }, scope = soloScope()) => {
  const out: Diagnostic[] = [];
  const taken = new Set(model.names.containers.keys()); // grows with each proposal
  const inDocumentOrder = [...model.containers].sort((a, b) => a.span.start - b.span.start);
  for (const c of inDocumentOrder) {
    if (c.name === undefined || c.name === '') continue;
    const before = earlierOfName(model.names.containers.get(c.name) ?? [], c, scope);
    if (before.length === 0) continue;
    if (c.section === 'services' && before.some((b) => b.section === 'services')) continue;
    const other = before[before.length - 1];
    const otherFile = scope.fileOf(other);
    const inFile = otherFile === scope.file ? '' : ` of \`${scope.fileNames[otherFile]}\``;
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

/** The containers of one name written before `c` (in an earlier file, or earlier in its file), in that order. */
function earlierOfName(named: readonly ContainerModel[], c: ContainerModel, scope: BuildScope): ContainerModel[] {
  const at = (o: ContainerModel) => [scope.fileOf(o), o.span.start] as const;
  const before = (a: ContainerModel, b: ContainerModel) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1];
  return named.filter((o) => o !== c && before(o, c) < 0).sort(before);
}
