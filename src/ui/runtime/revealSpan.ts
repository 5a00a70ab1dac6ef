import type { Span } from '../../core/text/span.ts';
import { useStudioObject } from '../state/StudioContext.tsx';

/** Shows a piece of the inspected element's file in the editor, selected (in a build of several files, the file that holds the selection). */
export function useRevealSpan(): (span: Span) => void {
  const studio = useStudioObject();
  return (span) => {
    const { files, selection } = studio.store.getState();
    const file = files.length > 1 && selection.length > 0 ? studio.views.build(files).home(selection[0])?.file : undefined;
    studio.editor()?.reveal(span.start, span.end, file);
  };
}
