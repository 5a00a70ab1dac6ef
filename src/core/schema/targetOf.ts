import type { ConfigModel, MountForm } from '../model/types.ts';
import type { PathSegment } from './pathLabel.ts';

const MOUNT_FORMS = new Set<PathSegment>(['binds', 'binds.add', 'mounts']);

/** The graph element (container, mount or volume id) a schema problem at this path belongs to. */
export function targetOf(model: ConfigModel, path: readonly PathSegment[]): string | undefined {
  const [section, index, field, entry] = path;
  if (typeof index !== 'number') return undefined;
  if (section === 'volumes') return model.volumes.find((v) => v.index === index)?.id;
  const container = model.containers.find((c) => c.section === section && c.index === index);
  if (!container) return undefined;
  if (MOUNT_FORMS.has(field) && typeof entry === 'number') {
    const mount = container.mounts.find((m) => m.form === (field as MountForm) && m.index === entry);
    if (mount) return mount.id;
  }
  return container.id;
}
