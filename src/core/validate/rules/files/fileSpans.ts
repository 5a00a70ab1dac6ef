import type { FileModel } from '../../../model/types.ts';
import type { Span } from '../../../text/span.ts';
import { trimEnd } from '../volumes/mountSpans.ts';

/** Where to point at a files entry as a whole: its `path` value when it has one, else the entry. */
export function fileSpan(text: string, f: FileModel): Span {
  return f.fields.path?.valueSpan ?? trimEnd(text, f.span);
}

/** A key of a files entry with its value: the part of the entry at fault. */
export function fieldSpan(f: FileModel, key: string): Span | undefined {
  const field = f.fields[key];
  return field ? { start: field.keySpan.start, end: field.valueSpan.end } : undefined;
}

/** How the entry is named in messages. */
export function fileLabel(f: FileModel): string {
  return f.path ? `File \`${f.path}\`` : `The file entry #${f.index + 1}`;
}
