import { readFileSync } from 'node:fs';
import { displayPath } from './sanitize.ts';

/**
 * Node decodes the command line as UTF-8 and turns bytes that are not UTF-8 into U+FFFD, so a
 * file named `caf\xE9.yml` (Latin-1) would be opened as `caf\uFFFD.yml`: "no such file".
 * On Linux the raw bytes are in /proc/self/cmdline; arguments that lost bytes are replaced by
 * a display name (`caf\xE9.yml`) and the bytes kept to open the file.
 */
export interface Arguments {
  /** The arguments as shown to the user. */
  args: string[];
  /** The path to open for a shown argument, when it differs from the shown text. */
  pathOf(shown: string): string | Buffer;
}

export function recoverArguments(argv: readonly string[], readCmdline: () => Buffer = () => readFileSync('/proc/self/cmdline')): Arguments {
  const paths = new Map<string, Buffer>();
  if (!argv.some((a) => a.includes('\uFFFD'))) return { args: [...argv], pathOf: (s) => s };
  let raw: Buffer[] = [];
  try {
    const parts = splitNul(readCmdline());
    raw = parts.slice(parts.length - argv.length); // the last ones are ours (node's own options come first)
  } catch {
    // not Linux, or no /proc: names stay as Node decoded them
  }
  const args = argv.map((arg, i) => {
    const bytes = raw[i];
    if (!arg.includes('\uFFFD') || !bytes || bytes.toString('utf8') !== arg) return arg;
    const shown = displayPath(bytes);
    paths.set(shown, bytes);
    return shown;
  });
  return { args, pathOf: (s) => paths.get(s) ?? s };
}

function splitNul(data: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0) {
      parts.push(data.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < data.length) parts.push(data.subarray(start));
  return parts;
}
