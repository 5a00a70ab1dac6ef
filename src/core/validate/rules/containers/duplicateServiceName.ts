import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { soloScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { uniqueName } from './uniqueName.ts';

/**
 * Services run side by side, so `linuxkit build` refuses two with one name ("duplicate service
 * name", moby/config.go uniqueServices). It checks each file (moby/config.go NewConfig) and the
 * merged config (moby/config.go AppendConfig): a service may not repeat one of an earlier file
 * either (the names are the build's then); the later one is reported.
 */
export const duplicateServiceName: Rule = ({ model }, scope = soloScope()) => {
  const out: Diagnostic[] = [];
  const taken = new Set(model.names.containers.keys()); // grows with each proposal
  for (const c of model.containers) {
    if (c.section !== 'services' || c.name === undefined) continue;
    const nameField = c.fields.name;
    const firstService = model.names.containers.get(c.name)?.find((s) => s.section === 'services');
    if (firstService === c) continue;
    const base = c.name === '' ? 'service' : c.name;
    const newName = uniqueName(base, taken);
    const firstFile = firstService ? scope.fileOf(firstService) : scope.file;
    const where = firstFile === scope.file ? 'Another service' : `A service in \`${scope.fileNames[firstFile]}\``;
    out.push(
      diagnostic(
        'duplicate-service-name',
        `${where} is already named \`${c.name}\`; LinuxKit refuses two services with one name because they run at the same time. Rename this one, e.g. to \`${newName}\`.`,
        nameField.valueSpan,
        { target: c.id, fixes: [{ title: `Rename to \`${newName}\``, command: { type: 'renameContainer', containerId: c.id, newName } }] },
      ),
    );
  }
  return out;
};
