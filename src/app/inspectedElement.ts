import type { ConfigModel } from '../core/model/types.ts';

/**
 * The one element the inspector edits for a selection: the selected element, or the mount when
 * the selection is a mount together with its own container (what a data-flow row selects:
 * both show in the graph, and the mount is what the row is about). Null for anything else.
 */
export function inspectedElement(selection: readonly string[], model: ConfigModel): string | null {
  if (selection.length === 1) return selection[0];
  if (selection.length !== 2) return null;
  const mount = model.mounts.find((m) => selection.includes(m.id));
  return mount && selection.includes(mount.containerId) ? mount.id : null;
}
