import { analyze, type Analysis } from '../core/analyze.ts';
import { decodeText } from '../core/text/decodeText.ts';
import type { CliIo } from './command.ts';
import { sanitize } from './sanitize.ts';

export type LoadedConfig = { ok: true; analysis: Analysis } | { ok: false; message: string };

/** Reads and analyses one config for commands that need its model (diff, graph); a text that does not parse is refused with its position. */
export async function loadConfig(file: string, io: CliIo): Promise<LoadedConfig> {
  const name = sanitize(file);
  const input = await io.read(file);
  if (input.kind === 'io-error') return { ok: false, message: `${name}: ${input.message}` };
  if (input.kind === 'too-large') return { ok: false, message: `${name}: the file is over ${input.limit / 1024 / 1024} MiB` };
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) return { ok: false, message: `${name}: not UTF-8 text (invalid byte at ${decoded.badByte}); save it as UTF-8` };
  const analysis = analyze(decoded.text);
  if (!analysis.wellFormed) {
    const first = analysis.diagnostics.find((d) => d.code === 'yaml-syntax' || d.code === 'resource-limit')!;
    const at = analysis.lineIndex.range(first.span);
    return { ok: false, message: `${name}:${at.line}:${at.column}: ${first.code}: ${sanitize(first.message)} (run 'linuxkit-studio validate' for every problem)` };
  }
  return { ok: true, analysis };
}
