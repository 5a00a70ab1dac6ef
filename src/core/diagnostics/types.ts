import type { Command } from '../commands/types.ts';
import type { Span } from '../text/span.ts';
import type { DiagnosticCode, Severity } from './codes.ts';

/** A quick fix: a title for the user and the core command that performs it. */
export interface QuickFix {
  title: string;
  command: Command;
  /** In a build of several files: the file `command` edits (index in build order), when not the diagnostic's own. */
  file?: number;
  /** In a build of several files: edits of other files made in the same step as `command`. */
  also?: { file: number; command: Command }[];
}

/** A problem found in the text. Errors are data: nothing in core throws them. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
  /** The graph element the problem belongs to (a node or edge id), if any. */
  target?: string;
  /** The key the problem is about when it has no text of its own (a missing key): editors show it at that field. */
  field?: string;
  fixes?: QuickFix[];
}
