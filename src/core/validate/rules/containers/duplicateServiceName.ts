import { diagnostic } from '../../../diagnostics/make.ts';
import type { Diagnostic } from '../../../diagnostics/types.ts';
import { soloScope } from '../../scope.ts';
import type { Rule } from '../../types.ts';
import { uniqueName } from './uniqueName.ts';

/**
 * LinuxKit's uniqueServices: services run side by side, so `linuxkit build` refuses two with one
 * name. It checks each file (NewConfig) and again the merged config (AppendConfig), so a service
 * may not repeat one of an earlier file either; the later one is reported.
 */
export const duplicateServiceName: Rule = ({ model }, scope = soloScope(model)) => {
  const out: Diagnostic[] = [];
  const taken = new Set(scope.containerNames);
  const seen = new Map<string, number>();
  for (const { file, item } of scope.earlierContainers) {
    if (item.section === 'services' && item.name !== undefined && !seen.has(item.name)) seen.set(item.name, file);
  }
  for (const c of model.containers) {
    if (c.section !== 'services' || c.name === undefined) continue;
    const nameField = c.fields.name;
    const earlierFile = seen.get(c.name);
    if (earlierFile === undefined) {
      seen.set(c.name, scope.file);
      continue;
    }
    const base = c.name === '' ? 'service' : c.name;
    const newName = uniqueName(base, taken);
    const where = earlierFile === scope.file ? 'Another service' : `A service in \`${scope.fileNames[earlierFile]}\``;
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
