import type { Analysis } from '../../core/analyze.ts';
import type { MountForm, MountModel } from '../../core/model/types.ts';
import { CheckboxField } from './CheckboxField.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { ElementProblems } from './ElementProblems.tsx';
import { FieldProblem } from './FieldProblem.tsx';
import { mountProblems } from './fieldProblems.ts';
import { useStudioObject } from '../state/StudioContext.tsx';
import { ListField } from './ListField.tsx';
import { MountEnds } from './MountEnds.tsx';
import type { RunCommand } from './runCommand.ts';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

const FORMS = [
  { value: 'binds', label: 'binds' },
  { value: 'binds.add', label: 'binds.add' },
  { value: 'mounts', label: 'mounts' },
];

interface Props {
  mount: MountModel;
  analysis: Analysis;
  run: RunCommand;
  readOnly: boolean;
}

/** Edits one bind or mount: where it lands, read-only, options and the list it is written in. */
export function MountInspector({ mount, analysis, run, readOnly }: Props) {
  const { elementDiagnostics } = useStudioObject().views;
  const { byField, general } = mountProblems(elementDiagnostics(analysis, mount.id));
  const volume = mount.sourceKind === 'volume' ? mount.volumeModel : undefined;
  // a read-only volume forces read-only mounts; a wrong rw mount stays editable so it can be fixed
  const forcedReadOnly = volume?.readonly === true && mount.readOnly;
  return (
    <div className="element-editor mount-editor" data-testid="mount-inspector">
      <h2>Mount</h2>
      <MountEnds mount={mount} volume={volume} />
      <FieldProblem id={`${mount.id}-source-problems`} problems={byField.source ?? []} refusal={null} />
      <ElementProblems problems={general} />
      <TextField
        label="Destination (path in the container)"
        testId="field-destination"
        value={mount.destination}
        problems={byField.destination ?? []}
        readOnly={readOnly}
        placeholder="/data"
        onCommit={(destination) => run({ type: 'setMountDestination', mountId: mount.id, destination }, 'Set mount destination')}
      />
      <CheckboxField
        label="Read-only"
        testId="field-mount-readonly"
        checked={mount.readOnly || forcedReadOnly}
        disabled={readOnly || forcedReadOnly}
        problems={byField.readOnly ?? []}
        hint={
          volume?.readonly
            ? `Volume \`${volume.name}\` is read-only, so every mount of it must be read-only; make the volume writable to change this.`
            : undefined
        }
        onCommit={(checked) => run({ type: 'setMountReadOnly', mountId: mount.id, readOnly: checked }, 'Set mount read-only')}
      />
      <ListField
        label="Options"
        itemName="option"
        testId="field-mount-options"
        rows={mount.options.map((value) => ({ value }))}
        readOnly={readOnly}
        placeholder="ro, rbind, nosuid…"
        onCommit={(options) => run({ type: 'setMountOptions', mountId: mount.id, options }, 'Set mount options')}
      />
      <SelectField
        label="Written as"
        testId="field-mount-form"
        value={mount.form}
        options={FORMS}
        disabled={readOnly || mount.type !== 'bind'}
        hint={mount.type !== 'bind' ? `A \`${mount.type || 'special'}\` mount can only be written under \`mounts:\`.` : undefined}
        onCommit={(form) => run({ type: 'setMountForm', mountId: mount.id, form: form as MountForm }, 'Change mount form')}
      />
      <div className="editor-actions">
        <DeleteButton command={{ type: 'removeMount', mountId: mount.id }} what="mount" run={run} disabled={readOnly} />
      </div>
    </div>
  );
}
