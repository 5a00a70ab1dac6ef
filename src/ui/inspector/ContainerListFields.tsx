import type { Diagnostic } from '../../core/diagnostics/types.ts';
import type { ContainerModel } from '../../core/model/types.ts';
import { listRows, listValue } from './fieldValues.ts';
import { ListField } from './ListField.tsx';
import type { RunCommand } from './runCommand.ts';

const LISTS = [
  { key: 'command', label: 'Command', itemName: 'argument', placeholder: '/bin/sh' },
  { key: 'env', label: 'Environment', itemName: 'variable', placeholder: 'NAME=value' },
  { key: 'capabilities', label: 'Capabilities', itemName: 'capability', placeholder: 'CAP_NET_ADMIN' },
  { key: 'capabilities.add', label: 'Capabilities added', itemName: 'capability', placeholder: 'CAP_SYS_ADMIN' },
  { key: 'tmpfs', label: 'tmpfs', itemName: 'tmpfs mount', placeholder: '/tmp:size=64m' },
] as const;

interface Props {
  container: ContainerModel;
  problemsOf(key: string): Diagnostic[];
  run: RunCommand;
  readOnly: boolean;
}

/** The string-list keys of a container; an emptied list removes its key. */
export function ContainerListFields({ container, problemsOf, run, readOnly }: Props) {
  return (
    <>
      {LISTS.map(({ key, label, itemName, placeholder }) => (
        <ListField
          key={key}
          label={label}
          itemName={itemName}
          testId={`field-${key.replace('.', '-')}`}
          rows={listRows(container.fields[key])}
          problems={problemsOf(key)}
          readOnly={readOnly}
          placeholder={placeholder}
          onCommit={(values) =>
            run({ type: 'setContainerField', containerId: container.id, field: key, value: listValue(values) }, `Set ${key}`)
          }
        />
      ))}
    </>
  );
}
