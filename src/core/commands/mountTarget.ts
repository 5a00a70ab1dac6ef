// Finding the YAML behind a mount, and writing a mount in each of its three forms.
import { isMap, isSeq, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { findPair } from '../edit/mapEdit.ts';
import { FlowList } from '../edit/render.ts';
import type { ContainerModel, MountForm, MountModel } from '../model/types.ts';
import { findContainer, findMount, type CommandContext } from './context.ts';

export interface MountTarget {
  mount: MountModel;
  container: ContainerModel;
  /** The container's mapping. */
  map: YAMLMap;
  /** The `binds` / `binds.add` / `mounts` pair holding the mount. */
  pair: Pair;
  /** The list item: a bind string scalar, or a mount mapping. */
  item: YamlNode;
}

export function locateMount(ctx: CommandContext, mountId: string): MountTarget | string {
  const mount = findMount(ctx, mountId);
  if (typeof mount === 'string') return mount;
  const container = findContainer(ctx, mount.containerId);
  if (typeof container === 'string') return container;
  const map = container.node as YAMLMap;
  const pair = findPair(map, mount.form);
  const seq = pair?.value;
  if (!pair || !isSeq(seq)) return `The \`${mount.form}\` list of \`${container.id}\` has an unexpected shape; edit it in the text editor.`;
  return { mount, container, map, pair, item: seq.items[mount.index] as YamlNode };
}

/** The mapping of a `mounts:` entry. */
export function mountEntryMap(target: MountTarget): YAMLMap | null {
  return isMap(target.item) ? target.item : null;
}

/** What a mount says, independent of how it is written. */
export interface MountSpec {
  source: string;
  destination: string;
  options: string[];
}

const BIND_ONLY_OPTIONS = new Set(['bind', 'rbind']);

/** The YAML value of a mount in `form`: a bind string, or a `type: bind` mapping with flow options. */
export function mountEntry(spec: MountSpec, form: MountForm): unknown {
  if (form !== 'mounts') {
    const kept = spec.options.filter((o) => !BIND_ONLY_OPTIONS.has(o));
    // binds are read-write by default: a lone `rw` says nothing
    const options = kept.length === 1 && kept[0] === 'rw' ? [] : kept;
    return `${spec.source}:${spec.destination}${options.length > 0 ? `:${options.join(',')}` : ''}`;
  }
  const options = spec.options.includes('rbind') || spec.options.includes('bind') ? [...spec.options] : ['rbind', ...spec.options];
  if (!options.includes('ro') && !options.includes('rw')) options.push('rw');
  return { type: 'bind', source: spec.source, destination: spec.destination, options: new FlowList(options) };
}

/** Why `destination` cannot be a mount point of a bind string (null when it can). */
export function destinationProblem(destination: string, form: MountForm): string | null {
  if (!destination.startsWith('/')) return `The mount path \`${destination}\` must be absolute (start with \`/\`).`;
  if (form !== 'mounts' && destination.includes(':')) {
    return `A bind's mount path cannot contain \`:\` (\`${destination}\`); choose another path or use the \`mounts\` form.`;
  }
  if (/\s/.test(destination)) return `The mount path \`${destination}\` contains whitespace; choose a path without spaces.`;
  return null;
}

/** Why `container` cannot take another mount at `destination` (null when it can). */
export function destinationTaken(container: ContainerModel, destination: string, except?: MountModel): string | null {
  const other = container.mounts.find((m) => m.destination === destination && m !== except);
  if (!other) return null;
  const what = other.volume !== undefined ? `volume \`${other.volume}\`` : `\`${other.source || other.type}\``;
  return `\`${container.name ?? container.id}\` already mounts ${what} at \`${destination}\`; choose another mount path.`;
}
