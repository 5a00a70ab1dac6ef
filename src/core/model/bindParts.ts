import type { Span } from '../text/span.ts';

/** A bind string `source:destination[:options]`, split once as LinuxKit splits it (on every `:`). */
export interface BindParts {
  source: string;
  destination: string;
  /** The option field split on `,` (empty for a two-part bind or an empty field). */
  options: string[];
  /** The third part exactly as written, which build/volume.go compares with `ro`; undefined with two parts. */
  optionField?: string;
  /** How many `:`-parts there are: LinuxKit takes 2 or 3 (ConfigToOCI). */
  parts: number;
  /** Every `:`-part as written. */
  pieces: string[];
  /** The span of each part in the text; the whole entry when the written scalar does not map one to one. */
  partSpans: Span[];
}

/** Splits a bind as moby/config.go `ConfigToOCI` and build/volume.go do (`strings.Split(b, ":")`). */
export function splitBind(bind: string): Omit<BindParts, 'partSpans'> {
  const parts = bind.split(':');
  const out: ReturnType<typeof splitBind> = {
    source: parts[0],
    destination: parts[1] ?? '',
    options: parts.length >= 3 && parts[2] !== '' ? parts[2].split(',') : [],
    parts: parts.length,
    pieces: parts,
  };
  if (parts.length >= 3) out.optionField = parts[2];
  return out;
}

/** The bind with the spans of its parts, for a scalar written at `span` in `text` (plain or simply quoted). */
export function parseBind(raw: string, span: Span, text: string): BindParts {
  const split = splitBind(raw);
  const written = text.slice(span.start, span.end);
  let base: number | null = null;
  if (written === raw) base = span.start;
  else if (written.length === raw.length + 2 && written.slice(1, -1) === raw && `'"`.includes(written[0])) base = span.start + 1;
  const partSpans: Span[] = [];
  let offset = 0;
  for (const part of split.pieces) {
    partSpans.push(base === null ? span : { start: base + offset, end: base + offset + part.length });
    offset += part.length + 1;
  }
  return { ...split, partSpans };
}

/** The span of part `part` (0 source, 1 destination, 2 options), or the whole entry when there is none. */
export function bindPartSpanOf(bind: BindParts, part: number, entry: Span): Span {
  return bind.partSpans[part] ?? entry;
}

/** The bind string with part `part` (0 source, 1 destination) replaced, every other part kept as written. */
export function withBindPart(bind: Pick<BindParts, 'pieces'>, part: number, value: string): string {
  const pieces = [...bind.pieces];
  pieces[part] = value;
  return pieces.join(':');
}

/** `source:destination` with `options` as its third part (none when the list is empty). */
export function withBindOptions(bind: Pick<BindParts, 'pieces'>, options: readonly string[]): string {
  const head = bind.pieces.slice(0, 2).join(':');
  return options.length > 0 ? `${head}:${options.join(',')}` : head;
}

/** A tmpfs entry `destination[:options]`, split as ConfigToOCI does. */
export interface TmpfsParts {
  destination: string;
  options: string[];
  parts: number;
  pieces: string[];
}

export function splitTmpfs(entry: string): TmpfsParts {
  const pieces = entry.split(':');
  return { destination: pieces[0], options: pieces.length === 2 ? pieces[1].split(',') : [], parts: pieces.length, pieces };
}

/** A mount's bind parts (a `mounts:` entry has none: its source and destination as two parts). */
export function bindOf(mount: { bind?: BindParts; source: string; destination: string }): Pick<BindParts, 'pieces'> {
  return mount.bind ?? { pieces: [mount.source, mount.destination] };
}
