import type { QuickFix } from '../core/diagnostics/types.ts';
import type { DispatchResult } from './dispatch.ts';
import type { Studio } from './studio.ts';

/**
 * Applies a quick fix of a diagnostic of `file`: its command edits that file (or the one it
 * names, by build order), with the edits of other files it brings (`also`) in the same step.
 */
export function applyQuickFix(studio: Studio, fix: QuickFix, file: string): DispatchResult {
  const names = studio.files().map((f) => f.name);
  const nameAt = (i: number | undefined) => (i === undefined ? file : (names[i] ?? file));
  return studio.dispatch(fix.command, {
    label: fix.title,
    file: nameAt(fix.file),
    also: (fix.also ?? []).map((a) => ({ file: nameAt(a.file), command: a.command })),
  });
}
