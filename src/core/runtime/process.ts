import type { PackageConfig } from '../packages/packageDefaults.ts';
import type { Span } from '../text/span.ts';
import { assignList, configList, configScalar, firstNonEmpty, isString, labelList, labelScalar, plainList, type Sources } from './sources.ts';
import type { Rlimit, RuntimeDevice, RuntimeError, RuntimeId, Traced } from './types.ts';

const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAny = (_v: unknown): _v is unknown => true;
const at = (span: Span | undefined) => (span ? { span } : {});

/**
 * `command`, `env` and `cwd`: the config, else the label, else the image's own Entrypoint/Cmd,
 * Env and WorkingDir (`/` when empty), which only the build sees: `null` then.
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

/** Go's IDNumeric: a number as is; `""` or `root` is 0; any other string a container's number by name. */
function idNumeric(value: unknown, ids: ReadonlyMap<string, number>): { id: RuntimeId; error?: string } {
  if (value === null || value === undefined) return { id: { id: 0 } };
  if (typeof value === 'number' && Number.isInteger(value)) return { id: { id: value } };
  if (typeof value === 'string') {
    if (value === '' || value === 'root') return { id: { id: 0, name: value } };
    const n = ids.get(value);
    return n === undefined ? { id: { id: null, name: value }, error: `cannot find id: ${value}` } : { id: { id: n, name: value } };
  }
  return { id: { id: null }, error: 'bad type for uid or gid' };
}

/** uid, gid and additionalGids: the config's value, else the label's, else 0 (root). */
export function runtimeIds({ container: c, label }: Sources, ids: ReadonlyMap<string, number>, errors: RuntimeError[]) {
  const one = (key: 'uid' | 'gid'): Traced<RuntimeId> => {
    const chosen = configScalar(c, key, isAny) ?? labelScalar(label, key, isAny);
    if (!chosen) return { value: { id: 0 }, origin: 'linuxkit' };
    const { id, error } = idNumeric(chosen.value, ids);
    if (error) errors.push({ message: error, ...at(chosen.span) });
    return { ...chosen, value: id };
  };
  const groups = configScalar(c, 'additionalGids', isArray) ?? labelScalar(label, 'additionalGids', isArray);
  const additionalGids: Traced<RuntimeId[]> = groups
    ? {
        ...groups,
        value: groups.value.map((g) => {
          const { id, error } = idNumeric(g, ids);
          if (error) errors.push({ message: error, ...at(groups.span) });
          return id;
        }),
      }
    : { value: [], origin: 'linuxkit' };
  return { uid: one('uid'), gid: one('gid'), additionalGids };
}

const RLIMITS = new Set([
  'RLIMIT_CPU', 'RLIMIT_FSIZE', 'RLIMIT_DATA', 'RLIMIT_STACK', 'RLIMIT_CORE', 'RLIMIT_RSS', 'RLIMIT_NPROC', 'RLIMIT_NOFILE',
  'RLIMIT_MEMLOCK', 'RLIMIT_AS', 'RLIMIT_LOCKS', 'RLIMIT_SIGPENDING', 'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_RTPRIO', 'RLIMIT_RTTIME',
]);
const UNLIMITED = '18446744073709551615';

/** ConfigToOCI's rlimits: `name,soft,hard`, the name upper-cased with `RLIMIT_` added, `unlimited` as 2^64-1. */
export function runtimeRlimits({ container: c, label }: Sources, errors: RuntimeError[]): Traced<Rlimit[]> {
  const setting = assignList(labelList(label, 'rlimits'), configList(c, 'rlimits'));
  const out: Rlimit[] = [];
  for (const item of setting.items) {
    const parts = item.value.split(',');
    const bound = (s: string | undefined) => {
      const v = (s ?? '').trim();
      if (v.toLowerCase() === 'unlimited') return UNLIMITED;
      return /^[0-9]+$/.test(v) ? String(BigInt(v)) : null;
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

export function runtimeSysctl({ container: c, label }: Sources): Traced<Record<string, string>> {
  const chosen = configScalar(c, 'sysctl', isRecord) ?? labelScalar(label, 'sysctl', isRecord);
  if (!chosen) return { value: {}, origin: 'linuxkit' };
  const value = Object.fromEntries(Object.entries(chosen.value).map(([k, v]) => [k, String(v)]));
  return { ...chosen, value };
}

/** Devices as given; each one but `path: all` needs an octal mode (strconv.ParseInt(mode, 8, 32)). */
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
    if (device.path !== 'all' && !/^[0-7]+$/.test(device.mode ?? '')) {
      errors.push({ message: `cannot parse device mode as octal value: ${String(d.mode ?? '')}`, ...at(chosen.span) });
    }
    value.push(device);
  }
  return { ...chosen, value };
}
