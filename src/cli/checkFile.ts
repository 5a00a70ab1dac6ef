import { analyze, type Analysis } from '../core/analyze.ts';
import type { Severity } from '../core/diagnostics/codes.ts';
import { diagnostic } from '../core/diagnostics/make.ts';
import type { Diagnostic } from '../core/diagnostics/types.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { decodeText } from '../core/text/decodeText.ts';
import type { InputResult } from './readInput.ts';

/** A diagnostic as the CLI prints it: 1-based line and column, end exclusive. */
export interface ReportedDiagnostic {
  severity: Severity;
  code: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport {
  /** As given on the command line; `-` for standard input. */
  file: string;
  valid: boolean;
  diagnostics: ReportedDiagnostic[];
  /** Set when the file could not be read, or (code EINTERNAL) not checked at all (exit code 2). */
  error?: { code: string; message: string };
  /** The decoded text's line index, to show source lines (absent on I/O errors). */
  lineIndex?: LineIndex;
}

/** Decodes and analyses one input. Never throws. */
export function checkFile(file: string, input: InputResult): FileReport {
  const text = decodeInput(file, input);
  return typeof text === 'string' ? checkText(file, () => analyze(text)) : text;
}

/** The input's text, or the report of why it cannot be checked (unreadable, too large, not UTF-8). */
export function decodeInput(file: string, input: InputResult): string | FileReport {
  if (input.kind === 'io-error') {
    return { file, valid: false, diagnostics: [], error: { code: input.code, message: input.message } };
  }
  if (input.kind === 'too-large') {
    const mib = input.limit / 1024 / 1024;
    const tooLarge = diagnostic('resource-limit', `The file is over ${mib} MiB; a LinuxKit config is a few KiB. Check that this is the right file.`, { start: 0, end: 0 });
    return report(file, [tooLarge], new LineIndex(''));
  }
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    const at = { start: decoded.badOffset, end: decoded.badOffset + 1 };
    const notUtf8 = diagnostic(
      'yaml-syntax',
      `The file is not UTF-8 text (invalid byte 0x${hex(input.bytes[decoded.badByte])} at byte ${decoded.badByte}); save it as UTF-8.`,
      at,
    );
    return report(file, [notUtf8], new LineIndex(decoded.text));
  }
  return decoded.text;
}

/** Reports an analysis; a throw (core should never throw) reports the file as not checked, the others still are. */
export function checkText(file: string, analyzeText: () => Analysis): FileReport {
  let analysis: Analysis;
  try {
    analysis = analyzeText();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { file, valid: false, diagnostics: [], error: { code: 'EINTERNAL', message: `internal error while checking: ${reason}` } };
  }
  return report(file, analysis.diagnostics, analysis.lineIndex);
}

function report(file: string, diagnostics: Diagnostic[], lineIndex: LineIndex): FileReport {
  return {
    file,
    valid: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics: diagnostics.map((d) => ({ severity: d.severity, code: d.code, message: d.message, ...lineIndex.range(d.span) })),
    lineIndex,
  };
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}
