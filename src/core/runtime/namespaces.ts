import { configScalar, firstNonEmpty, isString, labelScalar, type Sources } from './sources.ts';
import type { NamespaceKind, Traced } from './types.ts';

/** `host` for the host's namespace, `new` for a fresh one, else the path of one to join. */
function shown(value: string, noneMeansNew: boolean): string {
  if (value === 'host' || value === 'root') return 'host';
  if (value === 'new' || value === '' || (noneMeansNew && value === 'none')) return 'new';
  return value;
}

/**
 * ConfigToOCI's namespaces: net, ipc, uts and user default to the host's, pid to a new one, mount
 * is always new; the config's non-empty value wins over the label's (assignStringEmpty3,
 * assignStringEmpty). Only `net` knows `none` (a new, empty namespace); elsewhere `none` is a path.
 * (moby/config.go ConfigToOCI)
 */
export function runtimeNamespaces({ container: c, label }: Sources): Record<NamespaceKind, Traced<string>> {
  const pick = (key: 'net' | 'ipc' | 'uts' | 'pid' | 'userns', fallback: string): Traced<string> => {
    const chosen = firstNonEmpty(labelScalar(label, key, isString), configScalar(c, key, isString));
    const value = shown(chosen?.value ?? fallback, key === 'net');
    return chosen ? { ...chosen, value } : { value, origin: 'linuxkit' };
  };
  return {
    net: pick('net', 'host'),
    ipc: pick('ipc', 'host'),
    uts: pick('uts', 'host'),
    pid: pick('pid', 'new'),
    user: pick('userns', 'host'),
    mount: { value: 'new', origin: 'linuxkit' },
  };
}
