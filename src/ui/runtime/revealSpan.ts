import type { Span } from '../../core/text/span.ts';
import { useStudioObject } from '../state/StudioContext.tsx';

/** Shows a piece of the file in the editor, selected. */
export function useRevealSpan(): (span: Span) => void {
  const studio = useStudioObject();
  return (span) => studio.editor()?.reveal(span.start, span.end);
}
