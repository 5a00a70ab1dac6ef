// Resolves the references of a built model once: names, volumes of mounts, ids, package defaults.
import { packageDefaultsFor } from '../packages/packageDefaults.ts';
import { idNumbers, resolveId } from './idNumbers.ts';
import { volumeName } from './names.ts';
import type { ConfigModel, ContainerModel, Field, IdRef, MountModel, NameIndex, VolumeModel } from './types.ts';
import { isScalar, isSeq } from './yamlNodes.ts';
import { nodeSpan } from './yamlNodes.ts';

/**
 * Builds the name index and links every reference in place (the model is fresh: nothing else holds
 * it yet). In a build of several files, `build` holds the build's names and containers instead
 * (merge/analyzeBuild.ts): references then resolve as LinuxKit resolves them after AppendConfig.
 */
export function resolveReferences(model: ConfigModel, build?: { names: NameIndex; containers: readonly ContainerModel[] }): void {
  const names = build?.names ?? nameIndex(model);
  model.names = names;
  const byId = new Map<number, ContainerModel>();
  for (const c of build?.containers ?? model.containers) {
    const id = c.name === undefined ? undefined : names.ids.get(c.name);
    // the later container of a name owns its id, as the map overwrite in build.go Build leaves it
    if (id !== undefined) byId.set(id, c);
  }
  const idRefs = (fields: Record<string, Field>, keys: readonly IdRef['key'][]): IdRef[] => {
    const out: IdRef[] = [];
    const push = (ref: Omit<IdRef, 'resolution'>) => {
      const resolution = resolveId(ref.value, names.ids);
      if (resolution.kind === 'container') {
        const owner = byId.get(resolution.id);
        if (owner) resolution.container = owner;
      }
      out.push({ ...ref, resolution });
    };
    for (const key of keys) {
      const field = fields[key];
      if (!field) continue;
      if (key !== 'additionalGids') {
        push({ key, value: field.value, span: field.valueSpan });
        continue;
      }
      if (!isSeq(field.node)) continue;
      field.node.items.forEach((item, index) => {
        const span = nodeSpan(item);
        if (span) push({ key, index, value: isScalar(item) ? item.value : undefined, span });
      });
    }
    return out;
  };
  for (const c of model.containers) {
    c.ids = idRefs(c.fields, ['uid', 'gid', 'additionalGids']);
    if (c.image !== undefined) {
      const defaults = packageDefaultsFor(c.image);
      if (defaults) c.packageDefaults = defaults;
    }
  }
  for (const f of model.files) f.ids = idRefs(f.fields, ['uid', 'gid']);
  for (const m of model.mounts) {
    const volume = m.volume === undefined ? undefined : names.volumes.get(m.volume);
    if (volume) m.volumeModel = volume;
  }
}

export function nameIndex(model: Pick<ConfigModel, 'containers' | 'volumes' | 'mounts'>): NameIndex {
  const containers = new Map<string, ContainerModel[]>();
  for (const c of model.containers) {
    if (c.name === undefined) continue;
    const list = containers.get(c.name);
    if (list) list.push(c);
    else containers.set(c.name, [c]);
  }
  const volumes = new Map<string, VolumeModel>();
  for (const v of model.volumes) {
    const name = volumeName(v);
    if (name !== undefined && !volumes.has(name)) volumes.set(name, v);
  }
  const mountsOfVolume = new Map<string, MountModel[]>();
  for (const m of model.mounts) {
    if (m.volume === undefined) continue;
    const list = mountsOfVolume.get(m.volume);
    if (list) list.push(m);
    else mountsOfVolume.set(m.volume, [m]);
  }
  return { containers, volumes, ids: idNumbers(model), mountsOfVolume };
}
