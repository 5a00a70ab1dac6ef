import type { ConfigModel, ContainerModel } from '../model/types.ts';
import { runtimeCapabilities } from './capabilities.ts';
import { runtimeMounts } from './mounts.ts';
import { runtimeNamespaces } from './namespaces.ts';
import { runtimeCommand, runtimeDevices, runtimeIds, runtimeRlimits, runtimeSysctl } from './process.ts';
import { configScalar, isBoolean, labelScalar, type Sources } from './sources.ts';
import type { ContainerRuntime, RuntimeError, RuntimeMount, Traced } from './types.ts';

/**
 * What LinuxKit will run for one container: a port of ConfigToOCI (moby/config.go) over the
 * config's keys and the image's `org.mobyproject.config` label. The label is known for
 * LinuxKit's packages only; for any other image it is taken as empty (`assumed-none`).
 */
export function containerRuntime(model: ConfigModel, c: ContainerModel): ContainerRuntime {
  const defaults = c.packageDefaults;
  const sources: Sources = { container: c, label: defaults?.config ?? {} };
  const errors: RuntimeError[] = [];
  const readonlyRootfs = readonlyRootfsOf(sources);
  // the order of ConfigToOCI, so that its errors come in the order the build would meet them (Go
  // stops at the first); the volume errors of moby/build/volume.go, which the build meets before
  // any of these, come where each bind or mount is read
  const mounts = runtimeMounts(sources, readonlyRootfs.value, errors);
  const namespaces = runtimeNamespaces(sources);
  const { bounding, effective, ambient } = runtimeCapabilities(sources, errors);
  const rlimits = runtimeRlimits(sources, errors);
  const { uid, gid, additionalGids } = runtimeIds(sources, model.names.ids, errors);
  return {
    containerId: c.id,
    section: c.section,
    name: c.name ?? '',
    image: c.image ?? '',
    imageConfig: defaults ? 'package' : 'assumed-none',
    ...runtimeCommand(sources),
    uid,
    gid,
    additionalGids,
    capabilities: bounding,
    effective,
    ambient,
    readonlyRootfs,
    namespaces,
    rlimits,
    sysctl: runtimeSysctl(sources),
    devices: runtimeDevices(sources, errors),
    mounts,
    errors,
  };
}

/** `readonly`: the config's, else the label's, else false (moby/config.go ConfigToOCI, assignBool). */
function readonlyRootfsOf(sources: Sources): Traced<boolean> {
  return configScalar(sources.container, 'readonly', isBoolean) ??
    labelScalar(sources.label, 'readonly', isBoolean) ?? { value: false, origin: 'linuxkit' };
}

/** Only the mounts of `containerRuntime` (a view that needs no more skips the rest of ConfigToOCI). */
export function runtimeMountsOf(c: ContainerModel): RuntimeMount[] {
  const sources: Sources = { container: c, label: c.packageDefaults?.config ?? {} };
  return runtimeMounts(sources, readonlyRootfsOf(sources).value, []);
}

/** The runtime config of every container, in document order. */
export function runtimeOf(model: ConfigModel): ContainerRuntime[] {
  return model.containers.map((c) => containerRuntime(model, c));
}
