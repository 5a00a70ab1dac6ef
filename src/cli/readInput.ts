import { open } from 'node:fs/promises';

/** Far past any LinuxKit config (core refuses a few MiB anyway); stops `/dev/zero` or a huge file from filling memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type InputResult =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'too-large'; limit: number }
  | { kind: 'io-error'; code: string; message: string };

/** Reads a file, or standard input for `-`, up to MAX_INPUT_BYTES. Never throws. */
export async function readInput(file: string): Promise<InputResult> {
  try {
    return file === '-' ? await readStdin() : await readFile(file);
  } catch (e) {
    return readError(e);
  }
}

async function readFile(path: string): Promise<InputResult> {
  const handle = await open(path, 'r');
  try {
    if ((await handle.stat()).isDirectory()) {
      return { kind: 'io-error', code: 'EISDIR', message: `cannot read: ${IO_MESSAGES.EISDIR}` };
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
};

function readError(e: unknown): InputResult {
  const code = typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : 'EIO';
  const message = IO_MESSAGES[code] ?? (e instanceof Error ? e.message : String(e));
  return { kind: 'io-error', code, message: `cannot read: ${message}` };
}
