// Quick fixes for mounts of volumes that are missing or read-only.
import type { QuickFix } from '../diagnostics/types.ts';
import { VOLUME_NAME } from '../commands/names.ts';
import type { MountModel, VolumeModel } from '../model/types.ts';
import { editDistance } from '../text/editDistance.ts';

const MAX_CANDIDATES = 3;

/** Mount it read-only (saying which bind options that drops), or make the volume writable. */
export function readOnlyVolumeFixes(mount: MountModel, volume: VolumeModel, volumeFile?: number): QuickFix[] {
  const fixes: QuickFix[] = [];
  const optionField = mount.raw?.split(':')[2];
  if (mount.form !== 'mounts' && optionField !== undefined && optionField !== '') {
    // LinuxKit compares a read-only volume's bind option field with exactly `ro`
    const dropped = optionField.split(',').filter((o) => o !== 'ro' && o !== '');
    const note = dropped.length > 0 ? ` (drops ${dropped.map((o) => `\`${o}\``).join(', ')})` : '';
    fixes.push({ title: `Mount read-only${note}`, command: { type: 'setMountOptions', mountId: mount.id, options: ['ro'] } });
  } else {
    fixes.push({ title: 'Mount read-only', command: { type: 'setMountReadOnly', mountId: mount.id, readOnly: true } });
  }
  if (volume.node) {
    const writable: QuickFix = {
      title: `Make volume \`${volume.name}\` writable (remove \`readonly: true\`)`,
      command: { type: 'setVolumeField', volumeId: volume.id, field: 'readonly', value: undefined },
    };
    if (volumeFile !== undefined) writable.file = volumeFile;
    fixes.push(writable);
  }
  return fixes;
}

/** Whether `candidate` is close enough to `name` to be a likely typo of it. */
function isClose(name: string, candidate: string): boolean {
  if (name.toLowerCase() === candidate.toLowerCase()) return true;
  return editDistance(name, candidate) <= Math.max(2, Math.floor(Math.max(name.length, candidate.length) / 3));
}

/**
 * Create the volume (only when its name is valid), or use a close existing one (at most three).
 * `volumes` are the ones a bind can name; in a build of several files they live in `volumesFile`
 * (the last), where a new volume must go too.
 */
export function unknownVolumeFixes(volumes: ReadonlyMap<string, VolumeModel>, mount: MountModel, volumesFile?: number): QuickFix[] {
  const name = mount.volume;
  if (name === undefined || name === '') return [];
  const fixes: QuickFix[] = [];
  if (VOLUME_NAME.test(name)) {
    const add: QuickFix = { title: `Add a blank volume \`${name}\``, command: { type: 'addVolume', kind: 'blank', name } };
    if (volumesFile !== undefined) add.file = volumesFile;
    fixes.push(add);
  }
  const candidates = [...volumes.entries()]
    // a read-only volume cannot take a read-write mount: that would trade one error for another
    .filter(([n, v]) => n !== '' && VOLUME_NAME.test(n) && isClose(name, n) && (!v.readonly || mountIsReadOnly(mount)))
    .map(([n]) => n)
    .sort((a, b) => editDistance(name, a) - editDistance(name, b) || a.localeCompare(b))
    .slice(0, MAX_CANDIDATES);
  for (const n of candidates) {
    fixes.push({ title: `Use volume \`${n}\` instead`, command: { type: 'setMountSource', mountId: mount.id, source: n } });
  }
  return fixes;
}

function mountIsReadOnly(mount: MountModel): boolean {
  return mount.form === 'mounts' ? mount.readOnly : mount.raw?.split(':')[2] === 'ro';
}
