/** Files bigger than this are refused: LinuxKit configs are a few KiB. */
export const MAX_OPEN_BYTES = 2 * 1024 * 1024;

export type OpenResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as strict UTF-8 text, refusing binary and oversized files with a reason. */
export async function readConfigFile(file: Blob & { name?: string }): Promise<OpenResult> {
  const name = file.name ?? 'the file';
  if (file.size > MAX_OPEN_BYTES) {
    return { ok: false, reason: `${name} is ${(file.size / 1024 / 1024).toFixed(1)} MiB; the limit is 2 MiB. Nothing was changed.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeConfigBytes(bytes, name);
}

export function decodeConfigBytes(bytes: Uint8Array, name: string): OpenResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: `${name} is not UTF-8 text, so it cannot be a LinuxKit config. Nothing was changed.` };
  }
  if (text.includes('\u0000')) {
    return { ok: false, reason: `${name} contains binary data (NUL bytes). Nothing was changed.` };
  }
  return { ok: true, text };
}
