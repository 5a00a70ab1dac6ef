// Docker-style `volumes:` lists on containers: LinuxKit rejects the key (moby/config.go's Image
// struct has no `volumes` field), but what the entries name says which volumes the user meant to mount.
import { isScalar, isSeq } from 'yaml';
import { splitBind } from './bindParts.ts';
import type { ConfigModel, ContainerModel } from './types.ts';

/** The volume names a container's Docker-style `volumes:` entries use as sources (host paths left out). */
export function dockerVolumeSources(c: ContainerModel): string[] {
  const seq = c.fields.volumes?.node;
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') return [];
    const { source, parts } = splitBind(item.value);
    return parts >= 2 && source !== '' && !source.startsWith('/') ? [source] : [];
  });
}

/** The containers whose Docker-style `volumes:` name volume `name`. */
export function dockerVolumeUsers(model: ConfigModel, name: string): ContainerModel[] {
  return model.containers.filter((c) => dockerVolumeSources(c).includes(name));
}
