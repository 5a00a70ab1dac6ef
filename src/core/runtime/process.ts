import { resolveId, type IdResolution } from '../model/idNumbers.ts';
import type { PackageConfig } from '../packages/packageDefaults.ts';
import type { Span } from '../text/span.ts';
import { parsesAsOctal } from '../validate/rules/files/octalMode.ts';
import { assignList, configList, configScalar, firstNonEmpty, isString, labelList, labelScalar, plainList, type Sources } from './sources.ts';
import type { Rlimit, RuntimeDevice, RuntimeError, RuntimeId, Traced } from './types.ts';

const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAny = (_v: unknown): _v is unknown => true;
const at = (span: Span | undefined) => (span ? { span } : {});

/**
 * `command`, `env` and `cwd`: the config, else the label, else the image's own Entrypoint/Cmd,
 * Env and WorkingDir (`/` when empty), which only the build sees: `null` then
 * (moby/config.go ConfigToOCI, assignStrings3, assignStringEmpty4).
 */
export function runtimeCommand({ container: c, label }: Sources) {
  const fromImage = <T>(setting: Traced<T> | undefined): Traced<T | null> => setting ?? { value: null, origin: 'image' };
  const list = (key: 'command' | 'env') => {
    const s = configList(c, key) ?? labelList(label, key);
    return s && { value: plainList(s), origin: s.origin, ...at(s.span) };
  };
  return {
    args: fromImage(list('command')),
    env: fromImage(list('env')),
    cwd: fromImage(firstNonEmpty(labelScalar(label, 'cwd', isString), configScalar(c, 'cwd', isString))),
  };
}

function asRuntimeId(r: IdResolution, value: unknown): { id: RuntimeId; error?: string } {
  const name = typeof value === 'string' ? { name: value } : {};
  switch (r.kind) {
    case 'number':
    case 'root':
    case 'container':
      return { id: { id: r.id, ...name } };
    case 'unknown':
      return { id: { id: null, ...name }, error: `cannot find id: ${r.name}` };
    case 'bad-type':
      return { id: { id: null }, error: 'bad type for uid or gid' };
  }
}

/**
 * uid, gid and additionalGids: the config's value (resolved by the model, as IDNumeric does),
 * else the label's, else 0 (root) (moby/config.go ConfigToOCI, assignInterface,
 * assignInterfaceArray, IDNumeric).
 */
export function runtimeIds({ container: c, label }: Sources, ids: ReadonlyMap<string, number>, errors: RuntimeError[]) {
  const resolve = (value: unknown, span: Span | undefined, known?: IdResolution) => {
    const { id, error } = asRuntimeId(known ?? resolveId(value, ids), value);
    if (error) errors.push({ message: error, ...at(span) });
    return id;
  };
  const one = (key: 'uid' | 'gid'): Traced<RuntimeId> => {
    const ref = c.ids.find((r) => r.key === key);
    if (ref && ref.value !== null && ref.value !== undefined) return { value: resolve(ref.value, ref.span, ref.resolution), origin: 'config', span: ref.span };
    const fromLabel = labelScalar(label, key, isAny);
    return fromLabel ? { value: resolve(fromLabel.value, undefined), origin: 'image' } : { value: { id: 0 }, origin: 'linuxkit' };
  };
  const configGroups = configScalar(c, 'additionalGids', isArray);
  const labelGroups = labelScalar(label, 'additionalGids', isArray);
  const additionalGids: Traced<RuntimeId[]> = configGroups
    ? { ...configGroups, value: c.ids.filter((r) => r.key === 'additionalGids').map((r) => resolve(r.value, r.span, r.resolution)) }
    : labelGroups
      ? { ...labelGroups, value: labelGroups.value.map((g) => resolve(g, undefined)) }
      : { value: [], origin: 'linuxkit' };
  return { uid: one('uid'), gid: one('gid'), additionalGids };
}

const RLIMITS = new Set([
  'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS', 'RLIMIT_NPROC', 'RLIMIT_NOFILE',
  'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS', 'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME',
]);
const UNLIMITED = '18446744073709551615';
const UINT64_MAX = BigInt(UNLIMITED);

/**
 * ConfigToOCI's rlimits: `name,soft,hard`, the name upper-cased with `RLIMIT_` added, `unlimited`
 * as 2^64-1, each bound as strconv.ParseUint(s, 10, 64) reads it, so nothing above 2^64-1
 * (moby/config.go ConfigToOCI).
 */
export function runtimeRlimits({ container: c, label }: Sources, errors: RuntimeError[]): Traced<Rlimit[]> {
  const setting = assignList(labelList(label, 'rlimits'), configList(c, 'rlimits'));
  const out: Rlimit[] = [];
  for (const item of setting.items) {
    const parts = item.value.split(',');
    const bound = (s: string | undefined) => {
      const v = (s ?? '').trim();
      if (v.toLowerCase() === 'unlimited') return UNLIMITED;
      return /^[0-9]+$/.test(v) && BigInt(v) <= UINT64_MAX ? String(BigInt(v)) : null;
    };
    let type = (parts[0] ?? '').trim().toUpperCase();
    if (!type.startsWith('RLIMIT_')) type = `RLIMIT_${type}`;
    const soft = bound(parts[1]);
    const hard = bound(parts.slice(2).join(','));
    if (parts.length < 3 || soft === null || hard === null || !RLIMITS.has(type)) {
      errors.push({ message: `cannot use rlimit: ${item.value}`, ...at(item.span) });
      continue;
    }
    out.push({ type, soft, hard });
  }
  return { value: out, origin: setting.origin, ...at(setting.span) };
}

/** `sysctl`: the config's map, else the label's, else none; never merged (moby/config.go ConfigToOCI, assignMaps). */
export function runtimeSysctl({ container: c, label }: Sources): Traced<Record<string, string>> {
  const chosen = configScalar(c, 'sysctl', isRecord) ?? labelScalar(label, 'sysctl', isRecord);
  if (!chosen) return { value: {}, origin: 'linuxkit' };
  const value = Object.fromEntries(Object.entries(chosen.value).map(([k, v]) => [k, String(v)]));
  return { ...chosen, value };
}

/**
 * Devices: the config's list, else the label's (assignDevices); each one but `path: all` needs an
 * octal mode, which Go parses with strconv.ParseInt(mode, 8, 32) (moby/config.go ConfigToOCI):
 * parsesAsOctal decides as it does (a sign allowed, the value within int32).
 */
export function runtimeDevices({ container: c, label }: Sources, errors: RuntimeError[]): Traced<RuntimeDevice[]> {
  const chosen = configScalar(c, 'devices', isArray) ?? labelScalar(label, 'devices' satisfies keyof PackageConfig, isArray);
  if (!chosen) return { value: [], origin: 'linuxkit' };
  const value: RuntimeDevice[] = [];
  for (const d of chosen.value) {
    if (!isRecord(d)) continue;
    const device: RuntimeDevice = { path: String(d.path ?? ''), type: String(d.type ?? '') };
    if (typeof d.major === 'number') device.major = d.major;
    if (typeof d.minor === 'number') device.minor = d.minor;
    if (typeof d.mode === 'string') device.mode = d.mode;
    if (device.path !== 'all' && !parsesAsOctal(device.mode ?? '')) {
      errors.push({ message: `cannot parse device mode as octal value: ${String(d.mode ?? '')}`, ...at(chosen.span) });
    }
    value.push(device);
  }
  return { ...chosen, value };
}
