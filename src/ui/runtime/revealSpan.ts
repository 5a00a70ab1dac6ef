import { editorHandle } from '../../app/editorBridge.ts';
import type { Span } from '../../core/text/span.ts';

/** Shows a piece of the file in the editor, selected. */
export function revealSpan(span: Span): void {
  editorHandle()?.reveal(span.start, span.end);
}
