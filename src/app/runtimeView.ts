import { dataFlow } from '../core/dataflow/dataFlow.ts';
import type { DataFlow } from '../core/dataflow/types.ts';
import type { ConfigModel } from '../core/model/types.ts';
import { runtimeOf } from '../core/runtime/containerRuntime.ts';
import type { ContainerRuntime } from '../core/runtime/types.ts';

export interface RuntimeView {
  runtimes: ContainerRuntime[];
  flow: DataFlow;
}

/** Every container's runtime config and the data flow between stages, derived from one model (no cache: callers memoise on the model). */
export function runtimeViewOf(model: ConfigModel): RuntimeView {
  const runtimes = runtimeOf(model);
  return { runtimes, flow: dataFlow(model, runtimes) };
}
