import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A path as written on the command line, relative to `cwd` with `/` separators (`-` stays `-`). */
export function repoRelative(file: string, cwd: string): string {
  if (file === '-') return file;
  const rel = relative(cwd, resolve(cwd, file));
  return (isAbsolute(rel) ? rel : rel || '.').split(sep).join('/');
}

/** A relative path as a URI reference: every segment percent-encoded (spaces, `%`, `:`, `#`, `?`). */
export function toUriReference(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}
