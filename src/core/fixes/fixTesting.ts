// Test helpers for quick fixes (not a test file itself): find a fix, apply it, check what it did.
import { expect } from 'vitest';
import { analyze } from '../analyze.ts';
import { applyCommand } from '../commands/applyCommand.ts';
import { lineChanges } from '../commands/testing.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import type { Diagnostic, QuickFix } from '../diagnostics/types.ts';
import { applyEdits } from '../edit/applyEdits.ts';

export { lineChanges };

export function diagnosticsOf(text: string, code: DiagnosticCode): Diagnostic[] {
  return analyze(text).diagnostics.filter((d) => d.code === code);
}

/** The titles of the fixes of the only `code` diagnostic in `text`. */
export function fixTitles(text: string, code: DiagnosticCode): string[] {
  const found = diagnosticsOf(text, code);
  expect(found).toHaveLength(1);
  return (found[0].fixes ?? []).map((f) => f.title);
}

function errorsOf(text: string): string[] {
  return analyze(text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
}

/**
 * Applies the fix titled `title` of the only `code` diagnostic in `text`, the way the editor
 * does (`applyCommand`), and checks that the diagnostic is gone and no new error appeared.
 */
export function applyFix(text: string, code: DiagnosticCode, title: string): string {
  const found = diagnosticsOf(text, code);
  expect(found).toHaveLength(1);
  const fix: QuickFix | undefined = found[0].fixes?.find((f) => f.title === title);
  if (!fix) throw new Error(`no fix "${title}"; there are: ${(found[0].fixes ?? []).map((f) => f.title).join(' | ')}`);
  const result = applyCommand(text, fix.command);
  if (!result.ok) throw new Error(`fix refused: ${result.reason}`);
  expect(applyEdits(text, result.edits)).toBe(result.text);
  expect(diagnosticsOf(result.text, code)).toEqual([]);
  const before = new Set(errorsOf(text));
  expect(errorsOf(result.text).filter((e) => !before.has(e))).toEqual([]);
  return result.text;
}
