import type { Diagnostic } from '../core/diagnostics/types.ts';
import type { Studio } from './studio.ts';

/** Shows a diagnostic of a file: its text in the editor (that file shown), its element selected in the graph. */
export function revealDiagnostic(studio: Studio, file: string, d: Diagnostic): void {
  studio.editor()?.reveal(d.span.start, d.span.end, file);
  if (!d.target) return;
  const { store, views } = studio;
  store.getState().setSelection([views.build(store.getState().files).buildId(file, d.target) ?? d.target]);
}
