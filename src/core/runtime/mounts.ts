import { isSeq } from 'yaml';
import { splitTmpfs, type BindParts } from '../model/bindParts.ts';
import { defaultMountpoint, optionsReadOnly, splitBind } from '../model/mounts.ts';
import type { MountModel } from '../model/types.ts';
import type { PackageMount } from '../packages/packageDefaults.ts';
import type { Span } from '../text/span.ts';
import { assignList, configList, labelList, mergeLists, type Sources, type TracedItem } from './sources.ts';
import type { Origin, RuntimeError, RuntimeMount } from './types.ts';

/**
 * Where LinuxKit keeps a volume inside the built system (moby/config.go volumeMergedDir, with
 * allVolumesBaseDir of moby/const.go). Go's path.Join differs only for a volume named `""`
 * (`/containers/volumes/merged`), which this writes with `//`.
 */
export function volumeMergedDir(name: string): string {
  return `/containers/volumes/${name}/merged`;
}

/** The volume a runtime source names, when it is a volume's merged directory. */
export function volumeOfSource(source: string): string | undefined {
  const m = /^\/containers\/volumes\/([^/]+)\/merged$/.exec(source);
  return m ? m[1] : undefined;
}

/** A mount before the merge by destination has filled in what it replaced. */
type Entry = Omit<RuntimeMount, 'replaced'>;

/** ConfigToOCI's five mounts, with Docker's options; `readonly: true` adds `ro` to /dev and /sys (moby/config.go ConfigToOCI). */
function linuxkitDefaults(readonly: boolean): Entry[] {
  const ro = readonly ? ['ro'] : [];
  const d = (destination: string, type: string, options: string[]): Entry => ({
    destination,
    type,
    source: type,
    options,
    origin: 'linuxkit',
  });
  return [
    d('/proc', 'proc', ['nosuid', 'nodev', 'noexec', 'relatime']),
    d('/dev', 'tmpfs', ['nosuid', 'strictatime', 'mode=755', 'size=65536k', ...ro]),
    d('/dev/pts', 'devpts', ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620']),
    d('/sys', 'sysfs', ['nosuid', 'noexec', 'nodev', ...ro]),
    d('/sys/fs/cgroup', 'cgroup', ['nosuid', 'noexec', 'nodev', 'relatime', 'ro']),
  ];
}

interface Context {
  errors: RuntimeError[];
}

/**
 * The mounts LinuxKit gives a container: ConfigToOCI's defaults, then tmpfs, then binds, then
 * mounts, into one map keyed by destination (a later entry replaces an earlier one), sorted by
 * destination (moby/config.go ConfigToOCI). Volume names in the config's own entries are first
 * rewritten to their merged directory, as moby/build/volume.go updateMountsAndBindsFromVolumes does.
 */
export function runtimeMounts(sources: Sources, readonly: boolean, errors: RuntimeError[]): RuntimeMount[] {
  const { container: c, label } = sources;
  const ctx: Context = { errors };
  const byDestination = new Map<string, RuntimeMount>();
  const put = (e: Entry) => {
    const earlier = byDestination.get(e.destination);
    const replaced = earlier
      ? [...earlier.replaced, { type: earlier.type, source: earlier.source, origin: earlier.origin, ...ids(earlier) }]
      : [];
    byDestination.set(e.destination, { ...e, replaced });
  };
  for (const e of linuxkitDefaults(readonly)) put(e);
  for (const t of assignList(labelList(label, 'tmpfs'), configList(c, 'tmpfs')).items) {
    const e = tmpfsEntry(t, ctx);
    if (e) put(e);
  }
  const configBinds = c.mounts.filter((m) => m.form === 'binds');
  const configAdds = c.mounts.filter((m) => m.form === 'binds.add');
  // the volume rewrite runs over both lists, even the binds.add LinuxKit then ignores
  const rewritten = new Map([...configBinds, ...configAdds].map((m) => [m.span, rewriteVolume(m, ctx)] as const));
  const bindItems = (form: 'binds' | 'binds.add', list: MountModel[]) => {
    const setting = configList(c, form);
    return setting && { ...setting, items: list.map((m): TracedItem => ({ value: m.raw ?? '', origin: 'config', span: m.span })) };
  };
  const binds = assignList(mergeLists(labelList(label, 'binds'), bindItems('binds.add', configAdds)), bindItems('binds', configBinds));
  const modelAt = new Map([...configBinds, ...configAdds].map((m) => [m.span, m] as const));
  for (const item of binds.items) {
    const model = item.span && modelAt.get(item.span);
    // the config's binds are split once by the model; the label's strings here
    const e = bindEntry(item, model?.bind ?? splitBind(item.value), item.span && rewritten.get(item.span), ctx);
    if (e) put(model ? { ...e, mountId: model.id } : e);
  }
  const configMounts = isSeq(c.fields.mounts?.node) ? c.mounts.filter((m) => m.form === 'mounts') : undefined;
  if (configMounts) {
    for (const m of configMounts) {
      const e = mountEntry({ type: m.type, source: m.source, destination: m.destination, options: m.options }, 'config', ctx, m);
      if (e) put(e);
    }
  } else {
    for (const m of label.mounts ?? []) {
      const e = mountEntry(labelMount(m), 'image', ctx);
      if (e) put(e);
    }
  }
  return [...byDestination.values()].sort((a, b) => (a.destination < b.destination ? -1 : a.destination > b.destination ? 1 : 0));
}

function ids(m: { mountId?: string; span?: Span }): { mountId?: string; span?: Span } {
  return { ...(m.mountId ? { mountId: m.mountId } : {}), ...(m.span ? { span: m.span } : {}) };
}

function tmpfsEntry(t: TracedItem, ctx: Context): Entry | undefined {
  const tmpfs = splitTmpfs(t.value);
  if (tmpfs.parts > 2) {
    ctx.errors.push({ message: `cannot parse tmpfs, too many ':': ${t.value}`, ...(t.span ? { span: t.span } : {}) });
    return undefined;
  }
  return { destination: tmpfs.destination, type: 'tmpfs', source: 'tmpfs', options: tmpfs.options, origin: t.origin, ...(t.span ? { span: t.span } : {}) };
}

/**
 * A config bind's volume source as its merged directory; errors for an unknown or read-only volume
 * (moby/build/volume.go updateMountsAndBindsFromVolumes).
 */
function rewriteVolume(m: MountModel, ctx: Context): { source: string; volume?: string } {
  if (m.sourceKind !== 'volume') return { source: m.source };
  const vol = m.volumeModel;
  if (!vol) {
    ctx.errors.push({ message: `volume ${m.source} not found`, span: m.span });
    return { source: m.source };
  }
  // binds: the option field must be exactly `ro`; mounts: the first of ro/rw decides (volume.go)
  const ro = m.form === 'mounts' ? optionsReadOnly(m.options) : m.bind?.optionField === 'ro';
  if (vol.readonly && !ro) {
    ctx.errors.push({ message: `volume ${m.source} is read-only, but attempting to write into container read-write`, span: m.span });
  }
  return { source: volumeMergedDir(m.source), volume: m.source };
}

/** A bind `src:dest[:opts]`: `rw,rbind,rshared` without options, else the options plus `rbind` (moby/config.go ConfigToOCI). */
function bindEntry(
  item: TracedItem,
  bind: Pick<BindParts, 'source' | 'destination' | 'optionField' | 'parts'>,
  rewritten: { source: string; volume?: string } | undefined,
  ctx: Context,
): Entry | undefined {
  const at = item.span ? { span: item.span } : {};
  if (bind.parts < 2 || bind.parts > 3) {
    ctx.errors.push({ message: `cannot parse bind, ${bind.parts < 2 ? "missing ':'" : "too many ':'"}: ${item.value}`, ...at });
    return undefined;
  }
  const options = bind.optionField !== undefined ? [...bind.optionField.split(','), 'rbind'] : ['rw', 'rbind', 'rshared'];
  const source = rewritten?.source ?? bind.source;
  return { destination: bind.destination, type: 'bind', source, options, origin: item.origin, ...volumeOf(rewritten), ...at };
}

function volumeOf(r: { volume?: string } | undefined): { volume?: string } {
  return r?.volume !== undefined ? { volume: r.volume } : {};
}

function labelMount(m: PackageMount): { type: string; source: string; destination: string; options: string[] } {
  return { type: m.type ?? '', source: m.source ?? '', destination: m.destination ?? '', options: m.options ?? [] };
}

/**
 * A `mounts:` entry as ConfigToOCI completes it: type from the source, source from the type,
 * default mountpoint (moby/config.go ConfigToOCI, defaultMountpoint).
 */
function mountEntry(
  m: { type: string; source: string; destination: string; options: string[] },
  origin: Origin,
  ctx: Context,
  model?: MountModel,
): Entry | undefined {
  const at = model ? { span: model.span, mountId: model.id } : {};
  let type = m.type;
  if (!type && ['mqueue', 'devpts', 'proc', 'sysfs', 'cgroup'].includes(m.source)) type = m.source;
  if (!type && m.destination === '/dev') type = 'tmpfs';
  if (!type) {
    ctx.errors.push({ message: `mount for destination ${m.destination} is missing type`, ...at });
    return undefined;
  }
  const destination = m.destination || defaultMountpoint(type);
  if (!destination) {
    ctx.errors.push({ message: `mount type ${type} is missing destination`, ...at });
    return undefined;
  }
  // volume.go means to rewrite a bind's volume source here too (its loop assigns to a copy, so
  // LinuxKit itself leaves the name); we show the volume's directory the rewrite intends
  const rewritten = model && type === 'bind' ? rewriteVolume(model, ctx) : undefined;
  const source = rewritten?.source ?? (m.source || type);
  return { destination, type, source, options: m.options, origin, ...volumeOf(rewritten), ...at };
}
