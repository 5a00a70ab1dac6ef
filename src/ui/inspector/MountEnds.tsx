import type { MountModel, VolumeModel } from '../../core/model/types.ts';
import { useStudioStore } from '../state/StudioContext.tsx';

const SOURCE_KIND: Record<MountModel['sourceKind'], string> = {
  volume: 'volume',
  host: 'host path',
  special: 'special mount',
};

/** "source → container", each end a button that selects it. */
export function MountEnds({ mount, volume }: { mount: MountModel; volume: VolumeModel | undefined }) {
  const store = useStudioStore();
  const select = (id: string) => store.getState().setSelection([id]);
  const source = mount.sourceKind === 'special' ? mount.type || mount.source : mount.source;
  return (
    <p className="mount-ends" data-testid="inspector-mount-ends">
      <span className="muted">{SOURCE_KIND[mount.sourceKind]} </span>
      {volume ? (
        <button type="button" className="link-button mono" onClick={() => select(volume.id)}>
          {source}
        </button>
      ) : (
        <span className="mono">{source || '(none)'}</span>
      )}
      <span aria-hidden="true"> → </span>
      <span className="sr-only"> mounted into </span>
      <button type="button" className="link-button mono" onClick={() => select(mount.containerId)}>
        {mount.containerName || mount.containerId}
      </button>
      <span className="muted"> ({mount.section})</span>
    </p>
  );
}
