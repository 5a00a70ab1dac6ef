import type { Analysis } from '../../core/analyze.ts';
import type { ContainerModel } from '../../core/model/types.ts';
import { MountPrompt } from '../mount/MountPrompt.tsx';
import { ContainerListFields } from './ContainerListFields.tsx';
import { ContainerOrder } from './ContainerOrder.tsx';
import { ContainerRuntimeFields } from './ContainerRuntimeFields.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { ElementProblems } from './ElementProblems.tsx';
import { problemsByField } from './fieldProblems.ts';
import { HostBindsFields } from './HostBindsFields.tsx';
import { useStudioObject } from '../state/StudioContext.tsx';
import { MountLinks } from './MountLinks.tsx';
import { OtherFields } from './OtherFields.tsx';
import { RuntimeConfig } from '../runtime/RuntimeConfig.tsx';
import type { RunCommand } from './runCommand.ts';
import type { BuildPlace } from './ContainerOrder.tsx';
import { TextField } from './TextField.tsx';

const HANDLED = new Set([
  'name', 'image', 'command', 'env', 'capabilities', 'capabilities.add', 'net', 'pid', 'ipc', 'uts',
  'readonly', 'uid', 'gid', 'binds', 'binds.add', 'tmpfs', 'mounts',
]);

interface Props {
  container: ContainerModel;
  analysis: Analysis;
  run: RunCommand;
  readOnly: boolean;
  /** The graph's id of an element of the inspected file (ids of a build of several files may be qualified). */
  buildIdOf: (id: string) => string;
  /** In a build of several files: its place in the merged list, and its file. */
  inBuild: BuildPlace | null;
}

/** Edits one onboot, services or onshutdown container. */
export function ContainerInspector({ container, analysis, run, readOnly, buildIdOf, inBuild }: Props) {
  const { elementDiagnostics } = useStudioObject().views;
  const { byField, general } = problemsByField(elementDiagnostics(analysis, container.id), container.fields);
  const problemsOf = (key: string) => byField[key] ?? [];
  const count = analysis.parsed.model.containers.filter((c) => c.section === container.section).length;
  const defaults = container.packageDefaults?.config;
  const fieldProps = { container, problemsOf, run, readOnly };
  return (
    <div className={`element-editor section-${container.section}`} data-testid="container-inspector">
      <h2>Container</h2>
      <ContainerOrder container={container} count={count} inBuild={inBuild} run={run} readOnly={readOnly} />
      <ElementProblems problems={general} />
      <TextField
        label="Name"
        testId="field-name"
        value={container.name ?? ''}
        problems={problemsOf('name')}
        readOnly={readOnly}
        hint="Renaming also updates uid/gid references to it."
        onCommit={(newName) => run({ type: 'renameContainer', containerId: container.id, newName }, 'Rename container')}
      />
      <TextField
        label="Image"
        testId="field-image"
        value={container.image ?? ''}
        problems={problemsOf('image')}
        readOnly={readOnly}
        placeholder="linuxkit/getty:tag"
        onCommit={(value) =>
          run({ type: 'setContainerField', containerId: container.id, field: 'image', value }, 'Set image')
        }
      />
      <ContainerListFields {...fieldProps} />
      <ContainerRuntimeFields {...fieldProps} defaults={defaults} />
      <HostBindsFields {...fieldProps} />
      <MountLinks mounts={container.mounts} />
      {container.name && <MountPrompt from={{ id: buildIdOf(container.id), kind: 'container', name: container.name }} disabled={readOnly} />}
      <OtherFields fields={container.fields} handled={HANDLED} />
      <RuntimeConfig container={container} analysis={analysis} readOnly={readOnly} />
      <div className="editor-actions">
        <DeleteButton command={{ type: 'removeContainer', containerId: container.id }} what="container" run={run} disabled={readOnly} />
      </div>
    </div>
  );
}
