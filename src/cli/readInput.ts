import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Far past any LinuxKit config (core refuses a few MiB anyway); stops `/dev/zero` or a huge file from filling memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type InputResult =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'too-large'; limit: number }
  | { kind: 'io-error'; code: string; message: string };

/**
 * Reads a file, or standard input for `-`, up to MAX_INPUT_BYTES. Never throws. `path` may be
 * the raw bytes of a name that is not UTF-8 (see rawArgs.ts).
 */
export async function readInput(file: string, path: string | Buffer = file): Promise<InputResult> {
  try {
    return file === '-' ? await readStdin() : await readFile(path);
  } catch (e) {
    return readError(e);
  }
}

async function readFile(path: string | Buffer): Promise<InputResult> {
  // O_NONBLOCK: opening a FIFO with no writer returns at once (instead of waiting forever), and is then refused
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { kind: 'io-error', code: 'EISDIR', message: `cannot read: ${IO_MESSAGES.EISDIR}` };
    if (!stat.isFile()) {
      const what = stat.isFIFO() ? 'a FIFO (named pipe)' : stat.isSocket() ? 'a socket' : 'a device';
      return { kind: 'io-error', code: 'ENOTREG', message: `cannot read: it is ${what}, not a regular file (to read a pipe, give - and redirect it to standard input)` };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(1024 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) return { kind: 'too-large', limit: MAX_INPUT_BYTES };
    }
    return { kind: 'bytes', bytes: concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

async function readStdin(): Promise<InputResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) return { kind: 'too-large', limit: MAX_INPUT_BYTES };
  }
  return { kind: 'bytes', bytes: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const IO_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a component of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  ENXIO: 'it is a socket or a device with nothing behind it, not a regular file',
  EIO: 'input/output error',
};

function readError(e: unknown): InputResult {
  const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : 'EIO';
  // never the system's own message: it repeats the raw path (control characters and all)
  const message = IO_MESSAGES[code] ?? `the system refused (${code.replace(/[^A-Z0-9_]/gi, '?')})`;
  return { kind: 'io-error', code, message: `cannot read: ${message}` };
}
