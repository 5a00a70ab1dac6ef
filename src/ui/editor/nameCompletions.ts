import { cursorContext } from './keyPath.ts';

export interface NameSuggestion {
  label: string;
  insertText: string;
  kind: 'volume' | 'container';
  detail: string;
}

export interface NameCompletions {
  suggestions: NameSuggestion[];
  /** Offset where the typed word being completed starts (it ends at the cursor). */
  from: number;
}

const BIND_LISTS = new Set(['binds', 'binds.add']);
const ID_KEYS = new Set(['uid', 'gid']);

/**
 * LinuxKit names the JSON Schema cannot know: volume names at the start of a bind and in a
 * mount's `source:`, container names in `uid`, `gid` and `additionalGids`.
 */
export function nameCompletions(
  text: string,
  offset: number,
  names: { volumes: string[]; containers: string[] },
): NameCompletions | null {
  const { path, valuePrefix, valueStart } = cursorContext(text, offset);
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const inFlow = flowItem(valuePrefix);

  if (last === '-' && BIND_LISTS.has(parent) && !valuePrefix.includes(':')) {
    return volumes(names.volumes, valueStart, 'bind', ':');
  }
  if (BIND_LISTS.has(last) && inFlow && !inFlow.word.includes(':')) {
    return volumes(names.volumes, valueStart + inFlow.at, 'bind', ':');
  }
  if (last === 'source' && parent === '-' && path[path.length - 3] === 'mounts' && !valuePrefix.startsWith('/')) {
    return volumes(names.volumes, valueStart, 'mount source', '');
  }
  if (ID_KEYS.has(last) && isContainerField(path)) return containers(names.containers, valueStart, last);
  if (last === '-' && parent === 'additionalGids') return containers(names.containers, valueStart, 'additionalGids');
  if (last === 'additionalGids' && inFlow) return containers(names.containers, valueStart + inFlow.at, 'additionalGids');
  return null;
}

/** Inside `[a, b` on one line: the word being typed and where it starts within the value. */
function flowItem(valuePrefix: string): { word: string; at: number } | null {
  if (!valuePrefix.startsWith('[')) return null;
  const cut = Math.max(valuePrefix.lastIndexOf('['), valuePrefix.lastIndexOf(','));
  let at = cut + 1;
  while (valuePrefix[at] === ' ') at++;
  return { word: valuePrefix.slice(at), at };
}

/** `uid`/`gid` of a container (section → entry → key), not of a file entry. */
function isContainerField(path: string[]): boolean {
  return path.length === 3 && ['onboot', 'services', 'onshutdown'].includes(path[0]) && path[1] === '-';
}

function volumes(list: string[], from: number, where: string, suffix: string): NameCompletions {
  return {
    from,
    suggestions: list.map((name) => ({ label: name, insertText: name + suffix, kind: 'volume', detail: `volume (${where})` })),
  };
}

function containers(list: string[], from: number, key: string): NameCompletions {
  return {
    from,
    suggestions: list.map((name) => ({ label: name, insertText: name, kind: 'container', detail: `container name (${key})` })),
  };
}
