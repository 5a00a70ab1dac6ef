// The merged config of a build as one model, for what reads a whole config (the runtime view,
// the data flow): AppendConfig's lists in its order (moby/config.go AppendConfig). Spans in it
// point into different files: it is not for positions or edits.
import type { ConfigModel } from '../model/types.ts';
import { mergeConfig } from './mergeConfig.ts';

export function mergedModel(models: readonly ConfigModel[]): ConfigModel {
  if (models.length === 1) return models[0];
  const merged = mergeConfig(models);
  const last = models.at(-1)!;
  return {
    ...last,
    kernel: [...models].reverse().find((m) => m.kernel)?.kernel,
    init: merged.init.map((i) => i.item),
    containers: merged.containers.map((c) => c.item),
    volumes: merged.volumes.map((v) => v.item),
    files: merged.files.map((f) => f.item),
    mounts: merged.mounts.map((m) => m.item),
    names: merged.names,
  };
}
