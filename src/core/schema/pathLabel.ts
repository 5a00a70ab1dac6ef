export type PathSegment = string | number;

/** `['services', 2, 'binds', 0]` -> `services[2].binds[0]`. */
export function pathLabel(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** The name to show for the value at a path: its key, or `key[i]` for a list entry. */
export function fieldLabel(path: readonly PathSegment[]): string {
  const lastKey = path.findLastIndex((s) => typeof s === 'string');
  return pathLabel(lastKey < 0 ? path : path.slice(lastKey));
}
