// Quick fixes for mounts of volumes that are missing or read-only.
import type { QuickFix } from '../diagnostics/types.ts';
import { isCloseName, VOLUME_NAME } from '../model/names.ts';
import type { ConfigModel, MountModel, VolumeModel } from '../model/types.ts';
import { editDistance } from '../text/editDistance.ts';

const MAX_CANDIDATES = 3;

/** Mount it read-only (saying which bind options that drops), or make the volume writable. */
export function readOnlyVolumeFixes(mount: MountModel, volume: VolumeModel, volumeFile: { file?: number } = {}): QuickFix[] {
  const fixes: QuickFix[] = [];
  const optionField = mount.bind?.optionField;
  if (mount.form !== 'mounts' && optionField !== undefined && optionField !== '') {
    // LinuxKit compares a read-only volume's bind option field with exactly `ro`
    const dropped = optionField.split(',').filter((o) => o !== 'ro' && o !== '');
    const note = dropped.length > 0 ? ` (drops ${dropped.map((o) => `\`${o}\``).join(', ')})` : '';
    fixes.push({ title: `Mount read-only${note}`, command: { type: 'setMountOptions', mountId: mount.id, options: ['ro'] } });
  } else {
    fixes.push({ title: 'Mount read-only', command: { type: 'setMountReadOnly', mountId: mount.id, readOnly: true } });
  }
  if (volume.node) {
    fixes.push({
      title: `Make volume \`${volume.name}\` writable (remove \`readonly: true\`)`,
      command: { type: 'setVolumeField', volumeId: volume.id, field: 'readonly', value: undefined },
      ...volumeFile,
    });
  }
  return fixes;
}

/**
 * Create the volume (only when its name is valid), or use a close existing one (at most three).
 * In a build of several files a new volume goes to `volumesFile`, the last (the one LinuxKit reads).
 */
export function unknownVolumeFixes(model: ConfigModel, mount: MountModel, volumesFile: { file?: number } = {}): QuickFix[] {
  const name = mount.volume;
  if (name === undefined || name === '') return [];
  const fixes: QuickFix[] = [];
  if (VOLUME_NAME.test(name)) {
    fixes.push({ title: `Add a blank volume \`${name}\``, command: { type: 'addVolume', kind: 'blank', name }, ...volumesFile });
  }
  const candidates = [...model.names.volumes.entries()]
    // a read-only volume cannot take a read-write mount: that would trade one error for another
    .filter(([n, v]) => VOLUME_NAME.test(n) && isCloseName(name, n) && (!v.readonly || mountIsReadOnly(mount)))
    .map(([n]) => n)
    .sort((a, b) => editDistance(name, a) - editDistance(name, b) || a.localeCompare(b))
    .slice(0, MAX_CANDIDATES);
  for (const n of candidates) {
    fixes.push({ title: `Use volume \`${n}\` instead`, command: { type: 'setMountSource', mountId: mount.id, source: n } });
  }
  return fixes;
}

function mountIsReadOnly(mount: MountModel): boolean {
  return mount.form === 'mounts' ? mount.readOnly : mount.bind?.optionField === 'ro';
}
