import type { Analysis } from '../../core/analyze.ts';
import type { VolumeKind, VolumeModel } from '../../core/model/types.ts';
import { MountPrompt } from '../mount/MountPrompt.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { ElementProblems } from './ElementProblems.tsx';
import { problemsByField } from './fieldProblems.ts';
import { listRows, listValue, optionalText } from './fieldValues.ts';
import { useStudioObject } from '../state/StudioContext.tsx';
import { ListField } from './ListField.tsx';
import { OtherFields } from './OtherFields.tsx';
import type { RunCommand } from './runCommand.ts';
import { SelectField } from './SelectField.tsx';
import { TextField } from './TextField.tsx';

const HANDLED = new Set(['name', 'image', 'readonly', 'format', 'platforms']);

const KIND_LABEL: Record<VolumeKind, string> = {
  blank: 'Blank volume (starts empty)',
  image: 'Image volume (filled from an image)',
  oci: 'OCI volume (an image in OCI layout)',
};

// `none` stands for no `format:` key (LinuxKit then uses a filesystem)
const NO_FORMAT = 'none';
const FORMATS = [
  { value: NO_FORMAT, label: 'none' },
  { value: 'oci', label: 'oci' },
  { value: 'filesystem', label: 'filesystem' },
];

interface Props {
  volume: VolumeModel;
  analysis: Analysis;
  run: RunCommand;
  readOnly: boolean;
  /** The graph's id of an element of the inspected file (ids of a build of several files may be qualified). */
  buildIdOf: (id: string) => string;
}

/** Edits one entry of `volumes:`. */
export function VolumeInspector({ volume, analysis, run, readOnly, buildIdOf }: Props) {
  const { elementDiagnostics } = useStudioObject().views;
  const { byField, general } = problemsByField(elementDiagnostics(analysis, volume.id), volume.fields);
  const problemsOf = (key: string) => byField[key] ?? [];
  const set = (field: string, value: unknown, label: string) =>
    run({ type: 'setVolumeField', volumeId: volume.id, field, value }, label);
  const mountCount =
    volume.name === undefined ? 0 : (analysis.parsed.model.names.mountsOfVolume.get(volume.name) ?? []).filter((m) => m.sourceKind === 'volume').length;
  return (
    <div className="element-editor volume-editor" data-testid="volume-inspector">
      <h2>Volume</h2>
      <p className="element-meta">
        <span className="kind-tag" data-testid="inspector-volume-kind">
          {KIND_LABEL[volume.kind]}
        </span>
        <span className="muted"> · mounted by {mountCount === 1 ? '1 container' : `${mountCount} containers`}</span>
      </p>
      <ElementProblems problems={general} />
      <TextField
        label="Name"
        testId="field-name"
        value={volume.name ?? ''}
        problems={problemsOf('name')}
        readOnly={readOnly}
        hint="Renaming also updates the binds and mounts that use it."
        onCommit={(newName) => run({ type: 'renameVolume', volumeId: volume.id, newName }, 'Rename volume')}
      />
      <TextField
        label="Image"
        testId="field-image"
        value={volume.image ?? ''}
        problems={problemsOf('image')}
        readOnly={readOnly}
        placeholder="empty: a blank volume"
        onCommit={(text) => set('image', optionalText(text), 'Set volume image')}
      />
      <CheckboxField
        label="Read-only"
        testId="field-readonly"
        checked={volume.readonly}
        problems={problemsOf('readonly')}
        disabled={readOnly}
        hint={volume.readonly ? 'Every mount of a read-only volume must be read-only too.' : undefined}
        onCommit={(checked) => set('readonly', checked ? true : undefined, 'Set volume read-only')}
      />
      <SelectField
        label="Format"
        testId="field-format"
        value={volume.format ?? NO_FORMAT}
        options={FORMATS}
        problems={problemsOf('format')}
        disabled={readOnly}
        onCommit={(value) => set('format', value === NO_FORMAT ? undefined : value, 'Set volume format')}
      />
      <ListField
        label="Platforms"
        itemName="platform"
        testId="field-platforms"
        rows={listRows(volume.fields.platforms)}
        problems={problemsOf('platforms')}
        readOnly={readOnly}
        placeholder="linux/amd64"
        onCommit={(values) => set('platforms', listValue(values), 'Set volume platforms')}
      />
      <OtherFields fields={volume.fields} handled={HANDLED} />
      {volume.name && <MountPrompt from={{ id: buildIdOf(volume.id), kind: 'volume', name: volume.name }} disabled={readOnly} />}
      <div className="editor-actions">
        <DeleteButton command={{ type: 'removeVolume', volumeId: volume.id }} what="volume" run={run} disabled={readOnly} />
      </div>
      {mountCount > 0 && <p className="field-hint">Deleting the volume also removes its {mountCount} mount(s).</p>}
    </div>
  );
}
