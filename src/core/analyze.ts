import { sortDiagnostics } from './diagnostics/make.ts';
import type { Diagnostic } from './diagnostics/types.ts';
import { buildModel } from './model/buildModel.ts';
import type { ParsedConfig } from './model/types.ts';
import { parseText } from './parse/parseText.ts';
import { lfTwin } from './text/lineBreaks.ts';
import { LineIndex } from './text/lineIndex.ts';
import type { BuildScope } from './validate/scope.ts';
import { validate } from './validate/validate.ts';

export interface Analysis {
  parsed: ParsedConfig;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
  lineIndex: LineIndex;
  /** False when the text is not well-formed YAML: the graph must not be edited then. */
  wellFormed: boolean;
}

/** A text parsed and modelled, before the rules run. */
export interface ParsedFile {
  parsed: ParsedConfig;
  parseDiagnostics: Diagnostic[];
  wellFormed: boolean;
}

/** Text -> parsed config + every diagnostic. The one entry point for the app and the CLI. */
export function analyze(text: string): Analysis {
  return checkParsed(parseFile(text));
}

/** `parsed.text` is the text with each lone CR read as LF (lineBreaks.ts): same offsets, lines as LinuxKit reads them. */
export function parseFile(source: string): ParsedFile {
  const text = lfTwin(source);
  const { doc, diagnostics: parseDiagnostics, extraDocument } = parseText(text);
  // Duplicate keys and an empty file still leave a usable document; syntax errors and limits do not.
  const wellFormed = !parseDiagnostics.some((d) => d.code === 'yaml-syntax' || d.code === 'resource-limit');
  const parsed: ParsedConfig = { text, doc, model: buildModel(wellFormed ? doc : null, text) };
  if (extraDocument) parsed.extraDocument = extraDocument;
  return { parsed, parseDiagnostics, wellFormed };
}

/** Runs the rules on a parsed file; `scope` is the build it is part of (validate's). */
export function checkParsed({ parsed, parseDiagnostics, wellFormed }: ParsedFile, scope?: BuildScope | null): Analysis {
  const diagnostics = wellFormed && parsed.doc?.contents ? [...parseDiagnostics, ...validate(parsed, scope)] : parseDiagnostics;
  return { parsed, diagnostics: sortDiagnostics(diagnostics), lineIndex: new LineIndex(parsed.text), wellFormed };
}
