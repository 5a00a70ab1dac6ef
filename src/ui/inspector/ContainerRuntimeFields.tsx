import type { Diagnostic } from '../../core/diagnostics/types.ts';
import type { ContainerModel } from '../../core/model/types.ts';
import type { PackageConfig } from '../../core/packages/packageDefaults.ts';
import { CheckboxField } from './CheckboxField.tsx';
import { idValue, optionalText, textOf } from './fieldValues.ts';
import type { RunCommand } from './runCommand.ts';
import { TextField } from './TextField.tsx';

const NAMESPACES = ['net', 'pid', 'ipc', 'uts'] as const;
const NAMESPACE_SUGGESTIONS = ['host', 'new', 'none', '/run/netns/'];

interface Props {
  container: ContainerModel;
  /** The image's defaults when it is a known LinuxKit package. */
  defaults: PackageConfig | undefined;
  problemsOf(key: string): Diagnostic[];
  run: RunCommand;
  readOnly: boolean;
}

/** Namespaces, read-only root filesystem and uid/gid. */
export function ContainerRuntimeFields({ container, defaults, problemsOf, run, readOnly }: Props) {
  const set = (field: string, value: unknown) =>
    run({ type: 'setContainerField', containerId: container.id, field, value }, `Set ${field}`);
  const text = (key: string) => textOf(container.fields[key]?.value);
  const placeholder = (key: (typeof NAMESPACES)[number]) => (defaults?.[key] ? `image default: ${defaults[key]}` : 'image default');
  const readonlyField = container.fields.readonly;
  const readonlyDefault = defaults?.readonly === true;
  return (
    <>
      <div className="field-grid">
        {NAMESPACES.map((key) => (
          <TextField
            key={key}
            label={key}
            testId={`field-${key}`}
            value={text(key)}
            suggestions={NAMESPACE_SUGGESTIONS}
            placeholder={placeholder(key)}
            problems={problemsOf(key)}
            readOnly={readOnly}
            onCommit={(t) => set(key, optionalText(t))}
          />
        ))}
        {(['uid', 'gid'] as const).map((key) => (
          <TextField
            key={key}
            label={key}
            testId={`field-${key}`}
            value={text(key)}
            placeholder="number or container name"
            problems={problemsOf(key)}
            readOnly={readOnly}
            onCommit={(t) => set(key, idValue(t))}
          />
        ))}
      </div>
      <CheckboxField
        label="Read-only root filesystem"
        testId="field-readonly"
        checked={readonlyField ? readonlyField.value === true : readonlyDefault}
        hint={!readonlyField && readonlyDefault ? 'Read-only by default in this package image.' : undefined}
        problems={problemsOf('readonly')}
        disabled={readOnly}
        // false rather than removing the key: a package image may default to read-only
        onCommit={(checked) => set('readonly', checked)}
      />
    </>
  );
}
