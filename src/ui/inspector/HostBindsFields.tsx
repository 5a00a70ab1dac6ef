import type { Diagnostic } from '../../core/diagnostics/types.ts';
import type { ContainerModel } from '../../core/model/types.ts';
import { listRows } from './fieldValues.ts';
import { isHostBind, mergeHostBinds } from './hostBinds.ts';
import { ListField } from './ListField.tsx';
import type { RunCommand } from './runCommand.ts';

interface Props {
  container: ContainerModel;
  problemsOf(key: string): Diagnostic[];
  run: RunCommand;
  readOnly: boolean;
}

/** Binds of host paths (`/src:/dst[:opts]`); volume binds are edited as mount edges. */
export function HostBindsFields({ container, problemsOf, run, readOnly }: Props) {
  return (
    <>
      {(['binds', 'binds.add'] as const).map((key) => {
        const all = listRows(container.fields[key]);
        return (
          <ListField
            key={key}
            label={key === 'binds' ? 'Host binds (binds)' : 'Host binds added (binds.add)'}
            itemName="bind"
            testId={`field-${key.replace('.', '-')}`}
            rows={all.filter((r) => isHostBind(r.value))}
            problems={problemsOf(key)}
            readOnly={readOnly}
            placeholder="/host/path:/container/path:ro"
            hint={key === 'binds' ? '`binds` replaces a package image’s default binds; `binds.add` keeps them.' : undefined}
            onCommit={(hosts) => {
              const merged = mergeHostBinds(
                all.map((r) => r.value),
                hosts,
              );
              const value = merged.length > 0 ? merged : undefined;
              return run({ type: 'setContainerField', containerId: container.id, field: key, value }, `Set ${key}`);
            }}
          />
        );
      })}
    </>
  );
}
